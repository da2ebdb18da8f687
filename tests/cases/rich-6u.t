fixture: rich
args: -6 -u -a -n
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp6       0      0 :::5353                 :::*                               
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED
udp6       0      0 ::1:514                 :::*                               
udp6       0      0 :::5000                 0.0.0.0:*                          
--- stderr
