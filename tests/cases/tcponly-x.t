fixture: tcponly
args: -x
status: 1
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
netstat: no support for `AF UNIX' on this system.
