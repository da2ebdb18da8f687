# -p names processes of the whole tree: the container's sockets with their PIDs
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns 4242 -tanpe
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode      PID/Program name    
tcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN      1000       5001       4242/app            
tcp        0      0 10.0.0.2:8080           10.0.0.1:54321          ESTABLISHED 1000       5002       4242/app            
tcp6       0      0 :::80                   :::*                    LISTEN      1000       5003       -                   
--- stderr
