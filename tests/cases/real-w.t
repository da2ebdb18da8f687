# raw socket with a remote address counts as connected
fixture: real
args: -w
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
raw        0      0 localhost:udp           localhost:*             1          
--- stderr
