fixture: procs
args: -xap
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     6101     100/sshd             /run/a.sock
unix  3      [ ]         STREAM     CONNECTED     6102     102/nginx: master p  
unix  3      [ ]         DGRAM      CONNECTED     6103     -                    
unix  2      [ ]         DGRAM                    6104     115/hash-collision   @abstract
--- stderr
