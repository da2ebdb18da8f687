# warnings for bogus lines go to stderr
fixture: bogus
args: -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40001         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40004         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:*             ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40005         LISTEN     
tcp        0      0 127.0.0.1:23            127.0.0.1:40006                    
tcp        0      0 ::1:22                  ::1:40007               ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40009         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40012         ESTABLISHED
tcp6       0      0 ::1:22                  ::1:40001               ESTABLISHED
tcp6       0      0 127.0.0.1:22            127.0.0.1:40016         ESTABLISHED
udp        0      0 127.0.0.1:53            0.0.0.0:*                          
udp        0      0 127.0.0.1:53            0.0.0.0:*                          
udp        0      0 127.0.0.1:53            0.0.0.0:*                          
udp6       0      0 :::53                   :::*                               
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     3601     /run/good.sock
unix  3      [ ]         STREAM     CONNECTED     3603     /run/ptr-with-0x
unix  3      [ ]         DGRAM      CONNECTED     3604     /run/short-hex
unix  2      [ ]         DGRAM      CONNECTED     3605     /run/last-good
--- stderr
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus udp line.
warning, got bogus udp line.
warning, got bogus udp line.
warning, got bogus udp line.
warning, got bogus udp line.
warning, got bogus raw line.
warning, got bogus raw line.
warning, got bogus unix line.
warning, got bogus unix line.
warning, got bogus unix line.
warning, got bogus unix line.
