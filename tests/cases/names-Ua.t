fixture: names
args: -Ua
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udpl       0      0 0.0.:averyveryverylongs 0.0.0.0:*                          
udpl6      0      0 localhost:domain        [::]:*                             
--- stderr
