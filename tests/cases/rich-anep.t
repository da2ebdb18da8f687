fixture: rich
args: -anep
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      0          1001       500/sshd            
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      105        1002       612/postgres        
tcp        0      0 192.168.1.10:22         203.0.113.5:51234       ESTABLISHED 0          1003       500/sshd            
tcp        0      1 192.168.1.10:40000      198.51.100.7:443        SYN_SENT    1000       1004       -                   
tcp        0      0 192.168.1.10:443        198.51.100.8:61000      SYN_RECV    0          0          -                   
tcp        0     16 192.168.1.10:40001      198.51.100.9:80         FIN_WAIT1   1000       1005       -                   
tcp        0      0 192.168.1.10:40002      198.51.100.9:80         FIN_WAIT2   1000       1006       -                   
tcp        0      0 192.168.1.10:40003      198.51.100.9:80         TIME_WAIT   0          0          -                   
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE       33         1007       700/nginx: worker p 
tcp        1      0 192.168.1.10:8080       198.51.100.10:50001     CLOSE_WAIT  33         1008       700/nginx: worker p 
tcp        0      1 192.168.1.10:8080       198.51.100.11:50002     LAST_ACK    33         1009       700/nginx: worker p 
tcp        0      1 192.168.1.10:8080       198.51.100.12:50003     CLOSING     33         1010       700/nginx: worker p 
tcp   2147483647 4294967295 10.0.0.1:1              10.0.0.2:65535          ESTABLISHED 1001       1011       1500/very-long-prog 
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED 100        1012       1500/very-long-prog 
tcp        0      0 10.0.0.1:3306           0.0.0.0:1234            LISTEN      4242       1013       -                   
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED 2000       1014       -                   
tcp        0      0 10.0.0.1:6000           10.0.0.5:6001           ESTABLISHED -2         4294967295 1500/very-long-prog 
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN      65534      1016       2222/redis-server * 
tcp        0      0 10.0.0.1:7000           10.0.0.6:7001           ESTABLISHED 1000       1017       -                   
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE       0          1018       -                   
tcp6       0      0 :::22                   :::*                    LISTEN      0          1101       500/sshd            
tcp6       0      0 ::1:6379                :::*                    LISTEN      1000       1102       2222/redis-server * 
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED 33         1103       700/nginx: worker p 
tcp6       0      0 2001:db8:aaaa:bbb:65535 2001:db8:1111:2222:33:1 ESTABLISHED 0          1104       -                   
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abc:12345 ESTABLISHED 0          1105       -                   
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED 0          1106       -                   
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT  0          1107       -                   
tcp6       0      0 fe80::1ff:fe23:4567::22 fe80::1:33333           TIME_WAIT   0          0          -                   
tcp6       0      0 2001:db8::1234:5678::22 2001:db8::1:22          ESTABLISHED 0          1108       -                   
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN      0          1109       -                   
udp        0      0 0.0.0.0:68              0.0.0.0:*                           0          1201       1500/very-long-prog 
udp        0      0 10.0.0.5:41000          10.0.0.1:53             ESTABLISHED 1000       1202       -                   
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                        1000       1203       -                   
udp        0      0 10.0.0.5:41001          10.0.0.2:123            UNKNOWN     0          1204       -                   
udp   327680    768 10.0.0.5:41002          10.0.0.3:514            UNKNOWN     0          1205       -                   
udp        0      0 127.0.0.1:4444          0.0.0.0:*                           4242       1206       2222/redis-server * 
udp        0      0 10.0.0.5:7100           0.0.0.0:*               ESTABLISHED 0          1207       -                   
udp6       0      0 :::5353                 :::*                                105        1301       612/postgres        
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED 0          1302       -                   
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED 1001       1303       -                   
udp6       0      0 ::1:514                 :::*                                0          1304       -                   
udp6       0      0 :::5000                 0.0.0.0:*                           0          1305       -                   
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           0          1401       -                   
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED 1000       1402       -                   
udpl6      0      0 :::7778                 :::*                                0          1501       -                   
udpl6      0      0 2001:db8::5:7000        2001:db8::6:7001        ESTABLISHED 0          1502       -                   
raw        0      0 0.0.0.0:1               0.0.0.0:*               7           0          1601       1500/very-long-prog 
raw        0      0 0.0.0.0:6               0.0.0.0:*               1           0          1602       -                   
raw        0      0 10.0.0.5:17             10.0.0.1:*              1           1000       1603       -                   
raw        0      0 10.0.0.5:255            0.0.0.0:*               10          0          1604       -                   
raw        0      0 0.0.0.0:99              0.0.0.0:*               7           0          1605       -                   
raw6       0      0 :::58                   :::*                    7           0          1701       1500/very-long-prog 
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1           1000       1702       -                   
raw6       0      0 :::*                    :::*                    7           0          1703       -                   
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     1801     1/systemd            /run/systemd/private
unix  3      [ ]         STREAM     CONNECTED     1802     1/systemd            /run/systemd/journal/stdout
unix  3      [ ]         STREAM     CONNECTED     1803     -                    
unix  2      [ ]         DGRAM                    1804     1/systemd            /run/systemd/notify
unix  2      [ ACC ]     SEQPACKET  LISTENING     1805     1500/very-long-prog  @/org/kernel/udev/udevd
unix  2      [ ]         SEQPACKET  CONNECTED     1806     -                    
unix  3      [ ACC ]     STREAM     CONNECTED     1807     -                    /tmp/acc-but-connected
unix  2      [ ]         STREAM     CONNECTING    0        -                    @abstract-connecting
unix  1      [ ]         STREAM     FREE          1808     -                    
unix  2      [ ]         STREAM     DISCONNECTING 1809     -                    
unix  2      [ ]         STREAM     UNKNOWN       1810     -                    
unix  2      [ W ]       STREAM     CONNECTED     1811     -                    
unix  2      [ N ]       DGRAM      CONNECTED     1812     -                    
unix  2      [ ACC W N ] STREAM     LISTENING     1813     -                    /tmp/all-flags
unix  2      [ W ]       STREAM                   1814     -                    
unix  2      [ ]         RAW                      1815     -                    
unix  2      [ ]         RDM                      1816     -                    
unix  2      [ ]         UNKNOWN    CONNECTED     1817     -                    
unix  2      [ ]         UNKNOWN                  1818     -                    
unix  4294967295 [ ]         STREAM     CONNECTED     1819     -                    
unix  26     [ ACC ]     STREAM     LISTENING     1820     1500/very-long-prog  /var/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock
unix  2      [ ]         DGRAM                    1821     -                    @xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
unix  2      [ ]         DGRAM      CONNECTED     1822     -                    /tmp/中文.sock
??    2      [ ]         STREAM     CONNECTED     1823     -                    
unix  2      [ ACC ]     STREAM     LISTENING     4294967295 1500/very-long-prog  /tmp/big-inode
--- stderr
