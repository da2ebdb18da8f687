# raw states are printed as numbers
fixture: rich
args: -wan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw        0      0 0.0.0.0:6               0.0.0.0:*               1          
raw        0      0 10.0.0.5:17             10.0.0.1:*              1          
raw        0      0 10.0.0.5:255            0.0.0.0:*               10         
raw        0      0 0.0.0.0:99              0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1          
raw6       0      0 :::*                    :::*                    7          
--- stderr
