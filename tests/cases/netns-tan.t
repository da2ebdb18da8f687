# --netns=PID under PROC_ROOT reads PROC_ROOT/PID/net, never the tree's own net/
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns=4242 -tan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:8080            0.0.0.0:*               LISTEN     
tcp        0      0 10.0.0.2:8080           10.0.0.1:54321          ESTABLISHED
tcp6       0      0 :::80                   :::*                    LISTEN     
--- stderr
