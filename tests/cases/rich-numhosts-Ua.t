fixture: rich
args: --numeric-hosts -Ua
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED
udpl6      0      0 :::7778                 :::*                               
udpl6      0      0 2001:db8::5:7000        2001:db8::6:7001        ESTABLISHED
--- stderr
