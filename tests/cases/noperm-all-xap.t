fixture: noperm-all
args: -xap
user: 65534
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     5801     -                    /run/x.sock
unix  3      [ ]         STREAM     CONNECTED     5802     -                    
--- stderr
(No info could be read for "-p": geteuid()=65534 but you should be root.)
