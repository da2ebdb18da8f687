fixture: real
args: -Uan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udpl       0      0 0.0.0.0:7777            0.0.0.0:*                          
udpl6      0      0 :::7778                 :::*                               
--- stderr
