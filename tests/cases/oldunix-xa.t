# unix table without an Inode column
fixture: oldunix
args: -xa
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     -        5901
unix  3      [ ]         STREAM     CONNECTED     -        5902
--- stderr
