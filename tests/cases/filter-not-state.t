# filter-not-state: the rows of rich-anW.t (net-tools) that are in none of those states
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW state=^ESTABLISHED,^LISTEN,^LISTENING,^CONNECTED
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      1 192.168.1.10:40000      198.51.100.7:443        SYN_SENT   
tcp        0      0 192.168.1.10:443        198.51.100.8:61000      SYN_RECV   
tcp        0     16 192.168.1.10:40001      198.51.100.9:80         FIN_WAIT1  
tcp        0      0 192.168.1.10:40002      198.51.100.9:80         FIN_WAIT2  
tcp        0      0 192.168.1.10:40003      198.51.100.9:80         TIME_WAIT  
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE      
tcp        1      0 192.168.1.10:8080       198.51.100.10:50001     CLOSE_WAIT 
tcp        0      1 192.168.1.10:8080       198.51.100.11:50002     LAST_ACK   
tcp        0      1 192.168.1.10:8080       198.51.100.12:50003     CLOSING    
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE      
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT 
tcp6       0      0 fe80::1ff:fe23:4567:890a:22 fe80::1:33333           TIME_WAIT  
udp        0      0 0.0.0.0:68              0.0.0.0:*                          
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                       
udp        0      0 10.0.0.5:41001          10.0.0.2:123            UNKNOWN    
udp   327680    768 10.0.0.5:41002          10.0.0.3:514            UNKNOWN    
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
unix  2      [ ]         STREAM     CONNECTING    0        @abstract-connecting
unix  1      [ ]         STREAM     FREE          1808     
unix  2      [ ]         STREAM     DISCONNECTING 1809     
unix  2      [ ]         STREAM     UNKNOWN       1810     
unix  2      [ W ]       STREAM                   1814     
unix  2      [ ]         RAW                      1815     
unix  2      [ ]         RDM                      1816     
unix  2      [ ]         UNKNOWN                  1818     
unix  2      [ ]         DGRAM                    1821     @xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
--- stderr
