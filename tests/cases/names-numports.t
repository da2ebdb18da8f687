fixture: names
args: --numeric-ports -a
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 localhost:4444          0.0.0.0:*               LISTEN     
tcp        0      0 localhost:7000          0.0.0.0:*               LISTEN     
tcp        0      0 localhost:4022          0.0.0.0:*               LISTEN     
tcp        0      0 localhost:4019          0.0.0.0:*               LISTEN     
tcp        0      0 localhost:4018          0.0.0.0:*               LISTEN     
tcp        0      0 0.0.0.0:4017            0.0.0.0:*               LISTEN     
tcp        0      0 localhost:4017          0.0.0.0:*               LISTEN     
tcp        0      0 localhost:33000         localhost:80            ESTABLISHED
tcp        0      0 localhost:80            localhost:33000         ESTABLISHED
tcp        0      0 localhost:7100          localhost:88            ESTABLISHED
tcp        0      0 localhost:25            localhost:514           TIME_WAIT  
tcp        0      0 0.0.0.0:1               0.0.0.0:*               LISTEN     
tcp6       0      0 [::]:22                 [::]:*                  LISTEN     
tcp6       0      0 localhost:6379          [::]:*                  LISTEN     
tcp6       0      0 localhost:443           localhost:50000         ESTABLISHED
tcp6       0      0 [::]:4444               [::]:*                  LISTEN     
tcp6       0      0 127.0.0.1:8080          127.0.0.1:40000         ESTABLISHED
tcp6       0      0 localhost:4019          [::]:*                  LISTEN     
udp        0      0 0.0.0.0:53              0.0.0.0:*                          
udp        0      0 localhost:123           0.0.0.0:*                          
udp        0      0 0.0.0.0:4444            0.0.0.0:*                          
udp        0      0 localhost:7100          localhost:7000          ESTABLISHED
udp        0      0 localhost:88            localhost:22            ESTABLISHED
udp6       0      0 [::]:5353               [::]:*                             
udp6       0      0 localhost:514           localhost:443           ESTABLISHED
udpl       0      0 0.0.0.0:4444            0.0.0.0:*                          
udpl6      0      0 localhost:53            [::]:*                             
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw        0      0 0.0.0.0:99              0.0.0.0:*               7          
raw        0      0 localhost:17            localhost:*             1          
raw        0      0 0.0.0.0:255             0.0.0.0:*               7          
raw        0      0 0.0.0.0:2               0.0.0.0:*               7          
raw6       0      0 [::]:58                 [::]:*                  7          
raw6       0      0 localhost:*             [::]:*                  7          
raw6       0      0 [::]:6                  [::]:*                  7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     2901     /run/names.sock
unix  3      [ ]         STREAM     CONNECTED     2902     
--- stderr
