# lines are read in 8191-byte pieces
fixture: overlong
args: -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40001         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40002         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40003         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40004         ESTABLISHED
tcp        0      0 127.0.0.1:80            127.0.0.1:40089         ESTABLISHED
tcp6       0      0 ::1:22                  ::1:40000               ESTABLISHED
udp        0      0 127.0.0.1:53            0.0.0.0:*                          
udp        0      0 127.0.0.1:54            0.0.0.0:*                          
udp        0      0 127.0.0.1:55            0.0.0.0:*                          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     4300     /run/before.sock
unix  2      [ ACC ]     STREAM     LISTENING     4302     
unix  2      [ ACC ]     STREAM     LISTENING     4303     /run/from-2nd-piece.sock
unix  2      [ ACC ]     STREAM     LISTENING     4304     /run/after.sock
--- stderr
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus udp line.
warning, got bogus unix line.
warning, got bogus unix line.
