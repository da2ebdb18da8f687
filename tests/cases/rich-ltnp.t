fixture: rich
args: -ltnp
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN      500/sshd            
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      612/postgres        
tcp        0      0 0.0.0.0:9000            0.0.0.0:*               CLOSE       700/nginx: worker p 
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED -                   
tcp        0      0 127.0.0.1:4444          0.0.0.0:*               LISTEN      2222/redis-server * 
tcp        0      0 0.0.0.0:*               0.0.0.0:*               CLOSE       -                   
tcp6       0      0 :::22                   :::*                    LISTEN      500/sshd            
tcp6       0      0 ::1:6379                :::*                    LISTEN      2222/redis-server * 
tcp6       0      0 0.0.0.0:80              :::*                    LISTEN      -                   
--- stderr
