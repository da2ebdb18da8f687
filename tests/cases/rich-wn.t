fixture: rich
args: -wn
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
raw        0      0 10.0.0.5:17             10.0.0.1:*              1          
raw6       0      0 2001:db8::1:58          2001:db8::2:*           1          
--- stderr
