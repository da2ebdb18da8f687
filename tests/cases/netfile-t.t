fixture: netfile
args: -t
status: 255
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
/proc/net/tcp: Not a directory
