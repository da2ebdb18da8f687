fixture: rich
args: -aon
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       Timer
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      off (0.00/0/0)
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      off (0.00/0/0)
tcp        0      0 192.168.1.10:22         203.0.113.5:51234       ESTABLISHED keepalive (70.00/0/0)
tcp        0      1 192.168.1.10:40000      198.51.100.7:443        SYN_SENT    on (1.00/2/3)
tcp        0      0 192.168.1.10:443        198.51.100.8:61000      SYN_RECV    on (2.00/1/0)
tcp        0     16 192.168.1.10:40001      198.51.100.9:80         FIN_WAIT1   on (3.00/0/0)
tcp        0      0 192.168.1.10:40002      198.51.100.9:80         FIN_WAIT2   off (0.00/0/0)
tcp        0      0 192.168.1.10:40003      198.51.100.9:80         TIME_WAIT   timewait (60.00/0/0)
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE       off (0.00/0/0)
tcp        1      0 192.168.1.10:8080       198.51.100.10:50001     CLOSE_WAIT  off (0.00/0/0)
tcp        0      1 192.168.1.10:8080       198.51.100.11:50002     LAST_ACK    on (0.50/0/0)
tcp        0      1 192.168.1.10:8080       198.51.100.12:50003     CLOSING     probe (1.50/5/0)
tcp   2147483647 4294967295 10.0.0.1:1              10.0.0.2:65535          ESTABLISHED unkn-7 (0.16/0/0)
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED off (0.00/0/0)
tcp        0      0 10.0.0.1:3306           0.0.0.0:1234            LISTEN      off (0.00/0/0)
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED off (0.00/0/0)
tcp        0      0 10.0.0.1:6000           10.0.0.5:6001           ESTABLISHED off (0.00/0/0)
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN      off (0.00/0/0)
tcp        0      0 10.0.0.1:7000           10.0.0.6:7001           ESTABLISHED off (0.00/0/0)
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE       off (0.00/0/0)
tcp6       0      0 :::22                   :::*                    LISTEN      off (0.00/0/0)
tcp6       0      0 ::1:6379                :::*                    LISTEN      off (0.00/0/0)
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED off (0.00/0/0)
tcp6       0      0 2001:db8:aaaa:bbb:65535 2001:db8:1111:2222:33:1 ESTABLISHED off (0.00/0/0)
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abc:12345 ESTABLISHED off (0.00/0/0)
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED off (0.00/0/0)
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT  off (0.00/0/0)
tcp6       0      0 fe80::1ff:fe23:4567::22 fe80::1:33333           TIME_WAIT   off (0.00/0/0)
tcp6       0      0 2001:db8::1234:5678::22 2001:db8::1:22          ESTABLISHED off (0.00/0/0)
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN      off (0.00/0/0)
udp        0      0 0.0.0.0:68              0.0.0.0:*                           off (0.00/0/0)
udp        0      0 10.0.0.5:41000          10.0.0.1:53             ESTABLISHED off (0.00/0/0)
udp        0      0 0.0.0.0:5000            0.0.0.0:6000                        off (0.00/0/0)
udp        0      0 10.0.0.5:41001          10.0.0.2:123            UNKNOWN     off (0.00/0/0)
udp   327680    768 10.0.0.5:41002          10.0.0.3:514            UNKNOWN     on2 (3.00/0/0)
udp        0      0 127.0.0.1:4444          0.0.0.0:*                           off (0.00/0/0)
udp        0      0 10.0.0.5:7100           0.0.0.0:*               ESTABLISHED off (0.00/0/0)
udp6       0      0 :::5353                 :::*                                off (0.00/0/0)
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED off (0.00/0/0)
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED off (0.00/0/0)
udp6       0      0 ::1:514                 :::*                                off (0.00/0/0)
udp6       0      0 :::5000                 0.0.0.0:*                           off (0.00/0/0)
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                           off (0.00/0/0)
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED off (0.00/0/0)
udpl6      0      0 :::7778                 :::*                                off (0.00/0/0)
udpl6      0      0 2001:db8::5:7000        2001:db8::6:7001        ESTABLISHED off (0.00/0/0)
raw        0      0 0.0.0.0:1               0.0.0.0:*               7           off (0.00/0/0)
raw        0      0 0.0.0.0:6               0.0.0.0:*               1           off (0.00/0/0)
raw        0      0 10.0.0.5:17             10.0.0.1:*              1           off (0.00/0/0)
raw        0      0 10.0.0.5:255            0.0.0.0:*               10          on1 (1.00/0/0)
raw        0      0 0.0.0.0:99              0.0.0.0:*               7           off (0.00/0/0)
raw6       0      0 :::58                   :::*                    7           off (0.00/0/0)
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1           off (0.00/0/0)
raw6       0      0 :::*                    :::*                    7           off (0.00/0/0)
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     1801     /run/systemd/private
unix  3      [ ]         STREAM     CONNECTED     1802     /run/systemd/journal/stdout
unix  3      [ ]         STREAM     CONNECTED     1803     
unix  2      [ ]         DGRAM                    1804     /run/systemd/notify
unix  2      [ ACC ]     SEQPACKET  LISTENING     1805     @/org/kernel/udev/udevd
unix  2      [ ]         SEQPACKET  CONNECTED     1806     
unix  3      [ ACC ]     STREAM     CONNECTED     1807     /tmp/acc-but-connected
unix  2      [ ]         STREAM     CONNECTING    0        @abstract-connecting
unix  1      [ ]         STREAM     FREE          1808     
unix  2      [ ]         STREAM     DISCONNECTING 1809     
unix  2      [ ]         STREAM     UNKNOWN       1810     
unix  2      [ W ]       STREAM     CONNECTED     1811     
unix  2      [ N ]       DGRAM      CONNECTED     1812     
unix  2      [ ACC W N ] STREAM     LISTENING     1813     /tmp/all-flags
unix  2      [ W ]       STREAM                   1814     
unix  2      [ ]         RAW                      1815     
unix  2      [ ]         RDM                      1816     
unix  2      [ ]         UNKNOWN    CONNECTED     1817     
unix  2      [ ]         UNKNOWN                  1818     
unix  4294967295 [ ]         STREAM     CONNECTED     1819     
unix  26     [ ACC ]     STREAM     LISTENING     1820     /var/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock
unix  2      [ ]         DGRAM                    1821     @xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
unix  2      [ ]         DGRAM      CONNECTED     1822     /tmp/中文.sock
??    2      [ ]         STREAM     CONNECTED     1823     
unix  2      [ ACC ]     STREAM     LISTENING     4294967295 /tmp/big-inode
--- stderr
