# filter-close: the rows of rich-anW.t (net-tools) that are CLOSE: tcp, udp and unix rows with an empty State, raw rows of state 7
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW state=close
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE      
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE      
udp        0      0 0.0.0.0:68              0.0.0.0:*                          
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                       
udp        0      0 127.0.0.1:4444          0.0.0.0:*                          
udp6       0      0 :::5353                 :::*                               
udp6       0      0 ::1:514                 :::*                               
udp6       0      0 :::5000                 0.0.0.0:*                          
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
udpl6      0      0 :::7778                 :::*                               
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw        0      0 0.0.0.0:99              0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
raw6       0      0 :::*                    :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ]         DGRAM                    1804     /run/systemd/notify
unix  2      [ W ]       STREAM                   1814     
unix  2      [ ]         RAW                      1815     
unix  2      [ ]         RDM                      1816     
unix  2      [ ]         UNKNOWN                  1818     
unix  2      [ ]         DGRAM                    1821     @xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
--- stderr
