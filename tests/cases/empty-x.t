fixture: empty
args: -x
status: 0
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
