fixture: bogus
args: -6 -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 ::1:22                  ::1:40001               ESTABLISHED
tcp6       0      0 127.0.0.1:22            127.0.0.1:40016         ESTABLISHED
udp6       0      0 :::53                   :::*                               
raw6       0      0 :::58                   :::*                    7          
--- stderr
warning, got bogus tcp line.
warning, got bogus udp line.
warning, got bogus udp line.
warning, got bogus raw line.
