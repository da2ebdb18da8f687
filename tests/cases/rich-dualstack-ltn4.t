# rich-dualstack-ltn4: without sock_diag (PROC_ROOT), -4 lists no tcp6 row: net-tools' -ltn4, and the note
deviation: --dual-stack is ours
fixture: rich
args: -ltn4 --dual-stack
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
--- stderr
netstat: --dual-stack needs sock_diag: tcp6, udp6 on :: may take IPv4 too
