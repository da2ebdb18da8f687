fixture: rich
args: -un
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udp        0      0 10.0.0.5:41000          10.0.0.1:53             ESTABLISHED
udp        0      0 10.0.0.5:41001          10.0.0.2:123            UNKNOWN    
udp   327680    768 10.0.0.5:41002          10.0.0.3:514            UNKNOWN    
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED
udp6       0      0 :::5000                 0.0.0.0:*                          
--- stderr
