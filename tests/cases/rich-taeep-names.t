fixture: rich
args: --numeric-hosts -taeep
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name    
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN      root       1001       500/sshd            
tcp        0      0 127.0.0.1:postgresql    0.0.0.0:*               LISTEN      postgres   1002       612/postgres        
tcp        0      0 192.168.1.10:ssh        203.0.113.5:51234       ESTABLISHED root       1003       500/sshd            
tcp        0      1 192.168.1.10:40000      198.51.100.7:https      SYN_SENT    alice      1004       -                   
tcp        0      0 192.168.1.10:https      198.51.100.8:61000      SYN_RECV    root       0          -                   
tcp        0     16 192.168.1.10:40001      198.51.100.9:http       FIN_WAIT1   alice      1005       -                   
tcp        0      0 192.168.1.10:40002      198.51.100.9:http       FIN_WAIT2   alice      1006       -                   
tcp        0      0 192.168.1.10:40003      198.51.100.9:http       TIME_WAIT   root       0          -                   
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE       www-data   1007       700/nginx: worker p 
tcp        1      0 192.168.1.10:http-alt   198.51.100.10:50001     CLOSE_WAIT  www-data   1008       700/nginx: worker p 
tcp        0      1 192.168.1.10:http-alt   198.51.100.11:50002     LAST_ACK    www-data   1009       700/nginx: worker p 
tcp        0      1 192.168.1.10:http-alt   198.51.100.12:50003     CLOSING     www-data   1010       700/nginx: worker p 
tcp   2147483647 4294967295 10.0.0.1:tcpmux         10.0.0.2:65535          ESTABLISHED exactlyten 1011       1500/very-long-prog 
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED systemd-network 1012       1500/very-long-prog 
tcp        0      0 10.0.0.1:3306           0.0.0.0:1234            LISTEN      4242       1013       -                   
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED first      1014       -                   
tcp        0      0 10.0.0.1:x11            10.0.0.5:6001           ESTABLISHED -2         4294967295 1500/very-long-prog 
tcp        0      0 127.:averyveryverylongs 0.0.0.0:*               LISTEN      nobody     1016       2222/redis-server * 
tcp        0      0 10.0.0.1:secondname     10.0.0.6:7001           ESTABLISHED alice      1017       -                   
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE       root       1018       -                   
tcp6       0      0 :::ssh                  :::*                    LISTEN      root       1101       500/sshd            
tcp6       0      0 ::1:redis               :::*                    LISTEN      alice      1102       2222/redis-server * 
tcp6       0      0 192.0.2.1:http-alt      198.51.100.20:40404     ESTABLISHED www-data   1103       700/nginx: worker p 
tcp6       0      0 2001:db8:aaaa:bbb:65535 2001:db8:1111:22:tcpmux ESTABLISHED root       1104       -                   
tcp6       0      0 2001:db8:0:1::abc:12345 2001:db8:0:1::abc:12345 ESTABLISHED root       1105       -                   
tcp6       0      0 2001:db8::1:0:0:1:ssh   2001:0:0:1::1:ssh       ESTABLISHED root       1106       -                   
tcp6       0      0 1:0:1:1:1:1:1:1:ssh     ::10.1.2.3:ssh          CLOSE_WAIT  root       1107       -                   
tcp6       0      0 fe80::1ff:fe23:4567:ssh fe80::1:33333           TIME_WAIT   root       0          -                   
tcp6       0      0 2001:db8::1234:5678:ssh 2001:db8::1:ssh         ESTABLISHED root       1108       -                   
tcp6       0      0 0.0.0.0:http            :::*                    LISTEN      root       1109       -                   
--- stderr
