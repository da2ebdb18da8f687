fixture: oldunix
args: -xap
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     -        -                    5901
unix  3      [ ]         STREAM     CONNECTED     -        -                    5902
--- stderr
