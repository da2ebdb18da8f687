fixture: netloop
args: -tn
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
--- stderr
