fixture: rich
args: -tF
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
--- stderr
