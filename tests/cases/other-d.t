fixture: rich
args: -d
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 192.168.1.10:ssh        203.0.113.5:51234       ESTABLISHED
tcp        0      1 192.168.1.10:40000      198.51.100.7:https      SYN_SENT   
tcp        0      0 192.168.1.10:https      198.51.100.8:61000      SYN_RECV   
tcp        0     16 192.168.1.10:40001      198.51.100.9:http       FIN_WAIT1  
tcp        0      0 192.168.1.10:40002      198.51.100.9:http       FIN_WAIT2  
tcp        0      0 192.168.1.10:40003      198.51.100.9:http       TIME_WAIT  
tcp        1      0 192.168.1.10:http-alt   198.51.100.10:50001     CLOSE_WAIT 
tcp        0      1 192.168.1.10:http-alt   198.51.100.11:50002     LAST_ACK   
tcp        0      1 192.168.1.10:http-alt   198.51.100.12:50003     CLOSING    
tcp   2147483647 4294967295 10.0.0.1:tcpmux         10.0.0.2:65535          ESTABLISHED
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED
tcp        0      0 10.0.0.1:3306           0.0.0.0:1234            LISTEN     
tcp        0      0 10.0.0.1:x11            10.0.0.5:6001           ESTABLISHED
tcp        0      0 10.0.0.1:secondname     10.0.0.6:7001           ESTABLISHED
tcp6       0      0 192.0.2.1:http-alt      198.51.100.20:40404     ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbb:65535 2001:db8:1111:22:tcpmux ESTABLISHED
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abc:12345 ESTABLISHED
tcp6       0      0 2001:db8::1:0:0:1:ssh   2001:0:0:1::1:ssh       ESTABLISHED
tcp6       0      0 1:0:1:1:1:1:1:1:ssh     ::10.1.2.3:ssh          CLOSE_WAIT 
tcp6       0      0 fe80::1ff:fe23:4567:ssh fe80::1:33333           TIME_WAIT  
tcp6       0      0 2001:db8::1234:5678:ssh 2001:db8::1:ssh         ESTABLISHED
udp        0      0 10.0.0.5:41000          10.0.0.1:domain         ESTABLISHED
udp        0      0 10.0.0.5:41001          10.0.0.2:ntp            UNKNOWN    
udp   327680    768 10.0.0.5:41002          10.0.0.3:syslog         UNKNOWN    
udp6       0      0 10.0.0.5:41003          10.0.0.1:domain         ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:domain      ESTABLISHED
udp6       0      0 [::]:5000               0.0.0.0:*                          
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED
udpl6      0      0 2001:db8::5:7000        2001:db8::6:7001        ESTABLISHED
raw        0      0 10.0.0.5:udp            10.0.0.1:*              1          
raw6       0      0 2001:db8::1:ipv6-icmp   2001:db8::2:*           1          
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  3      [ ]         STREAM     CONNECTED     1802     /run/systemd/journal/stdout
unix  3      [ ]         STREAM     CONNECTED     1803     
unix  2      [ ]         DGRAM                    1804     /run/systemd/notify
unix  2      [ ]         SEQPACKET  CONNECTED     1806     
unix  3      [ ACC ]     STREAM     CONNECTED     1807     /tmp/acc-but-connected
unix  2      [ ]         STREAM     CONNECTING    0        @abstract-connecting
unix  1      [ ]         STREAM     FREE          1808     
unix  2      [ ]         STREAM     DISCONNECTING 1809     
unix  2      [ ]         STREAM     UNKNOWN       1810     
unix  2      [ W ]       STREAM     CONNECTED     1811     
unix  2      [ N ]       DGRAM      CONNECTED     1812     
unix  2      [ W ]       STREAM                   1814     
unix  2      [ ]         RAW                      1815     
unix  2      [ ]         RDM                      1816     
unix  2      [ ]         UNKNOWN    CONNECTED     1817     
unix  2      [ ]         UNKNOWN                  1818     
unix  4294967295 [ ]         STREAM     CONNECTED     1819     
unix  2      [ ]         DGRAM                    1821     @xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
unix  2      [ ]         DGRAM      CONNECTED     1822     /tmp/中文.sock
??    2      [ ]         STREAM     CONNECTED     1823     
--- stderr
