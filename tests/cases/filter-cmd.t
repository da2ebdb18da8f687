# filter-cmd: the rows of procs-anp.t (net-tools) that a process whose name starts with nginx or hash holds
deviation: filters are ours; net-tools ignores operands
fixture: procs
args: -anp cmd=nginx cmd=hash
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 10.0.0.1:1002           10.0.0.2:2002           ESTABLISHED 102/nginx: master p 
tcp        0      0 10.0.0.1:3004           10.0.0.2:3005           ESTABLISHED 115/hash-collision  
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  3      [ ]         STREAM     CONNECTED     6102     102/nginx: master p  
unix  2      [ ]         DGRAM                    6104     115/hash-collision   @abstract
--- stderr
