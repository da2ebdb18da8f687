# filter-cmd-state: the rows of procs-anp.t (net-tools) that a process whose name starts with s holds, LISTENING or ESTABLISHED
deviation: filters are ours; net-tools ignores operands
fixture: procs
args: -anp cmd=s state=LISTENING,ESTABLISHED
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 10.0.0.1:1000           10.0.0.2:2000           ESTABLISHED 100/sshd            
tcp        0      0 10.0.0.1:1007           10.0.0.2:2007           ESTABLISHED 107/second-owner    
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     6101     100/sshd             /run/a.sock
--- stderr
