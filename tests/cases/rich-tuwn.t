fixture: rich
args: -tuwn
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 192.168.1.10:22         203.0.113.5:51234       ESTABLISHED
tcp        0      1 192.168.1.10:40000      198.51.100.7:443        SYN_SENT   
tcp        0      0 192.168.1.10:443        198.51.100.8:61000      SYN_RECV   
tcp        0     16 192.168.1.10:40001      198.51.100.9:80         FIN_WAIT1  
tcp        0      0 192.168.1.10:40002      198.51.100.9:80         FIN_WAIT2  
tcp        0      0 192.168.1.10:40003      198.51.100.9:80         TIME_WAIT  
tcp        1      0 192.168.1.10:8080       198.51.100.10:50001     CLOSE_WAIT 
tcp        0      1 192.168.1.10:8080       198.51.100.11:50002     LAST_ACK   
tcp        0      1 192.168.1.10:8080       198.51.100.12:50003     CLOSING    
tcp   2147483647 4294967295 10.0.0.1:1              10.0.0.2:65535          ESTABLISHED
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED
tcp        0      0 10.0.0.1:3306           0.0.0.0:1234            LISTEN     
tcp        0      0 10.0.0.1:6000           10.0.0.5:6001           ESTABLISHED
tcp        0      0 10.0.0.1:7000           10.0.0.6:7001           ESTABLISHED
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbb:65535 2001:db8:1111:2222:33:1 ESTABLISHED
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abc:12345 ESTABLISHED
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED
tcp6       0      0 1:0:1:1:1:1:1:1:22      ::10.1.2.3:22           CLOSE_WAIT 
tcp6       0      0 fe80::1ff:fe23:4567::22 fe80::1:33333           TIME_WAIT  
tcp6       0      0 2001:db8::1234:5678::22 2001:db8::1:22          ESTABLISHED
udp        0      0 10.0.0.5:41000          10.0.0.1:53             ESTABLISHED
udp        0      0 10.0.0.5:41001          10.0.0.2:123            UNKNOWN    
udp   327680    768 10.0.0.5:41002          10.0.0.3:514            UNKNOWN    
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED
udp6       0      0 :::5000                 0.0.0.0:*                          
raw        0      0 10.0.0.5:17             10.0.0.1:*              1          
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1          
--- stderr
