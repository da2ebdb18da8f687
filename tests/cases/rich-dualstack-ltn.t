# rich-dualstack-ltn: without sock_diag (PROC_ROOT) the rows of rich-ltn.t (net-tools) as they are, and a note, once
deviation: --dual-stack is ours
fixture: rich
args: -ltn --dual-stack
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE      
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:6379                :::*                    LISTEN     
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN     
--- stderr
netstat: --dual-stack needs sock_diag: tcp6, udp6 on :: may take IPv4 too
