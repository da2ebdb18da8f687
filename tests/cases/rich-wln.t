fixture: rich
args: -wln
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
raw        0      0 0.0.0.0:1               0.0.0.0:*               7          
raw        0      0 0.0.0.0:6               0.0.0.0:*               1          
raw        0      0 10.0.0.5:255            0.0.0.0:*               10         
raw        0      0 0.0.0.0:99              0.0.0.0:*               7          
raw6       0      0 :::58                   :::*                    7          
raw6       0      0 :::*                    :::*                    7          
--- stderr
