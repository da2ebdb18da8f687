fixture: procs
args: -p -x -l
status: 0
--- stdout
Active UNIX domain sockets (only servers)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     6101     100/sshd             /run/a.sock
--- stderr
