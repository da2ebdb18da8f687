fixture: netfile
args: -x
status: 255
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
/proc/net/unix: Not a directory
