fixture: noperm
args: -xap
user: 65534
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     5801     -                    /run/x.sock
unix  3      [ ]         STREAM     CONNECTED     5802     303/alsomine         
--- stderr
(Not all processes could be identified, non-owned process info
 will not be shown, you would have to be root to see it all.)
