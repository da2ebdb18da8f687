# filter-pid: the rows of procs-anp.t (net-tools) that processes 114 and 100 hold
deviation: filters are ours; net-tools ignores operands
fixture: procs
args: -anp pid=114,100
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 10.0.0.1:1000           10.0.0.2:2000           ESTABLISHED 100/sshd            
tcp        0      0 10.0.0.1:1013           10.0.0.2:2013           ESTABLISHED 114/linkforms       
tcp        0      0 10.0.0.1:1014           10.0.0.2:2014           ESTABLISHED 114/linkforms       
tcp        0      0 10.0.0.1:1018           10.0.0.2:2018           ESTABLISHED 114/linkforms       
tcp        0      0 10.0.0.1:3002           10.0.0.2:3003           ESTABLISHED 114/linkforms       
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     6101     100/sshd             /run/a.sock
--- stderr
