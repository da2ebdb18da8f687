fixture: noperm-root
args: -x
user: 65534
status: 0
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  3      [ ]         STREAM     CONNECTED     5802     
--- stderr
