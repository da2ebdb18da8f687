fixture: bogus
args: -tn
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40001         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40004         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:*             ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40005         LISTEN     
tcp        0      0 127.0.0.1:23            127.0.0.1:40006                    
tcp        0      0 ::1:22                  ::1:40007               ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40009         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40012         ESTABLISHED
tcp6       0      0 ::1:22                  ::1:40001               ESTABLISHED
tcp6       0      0 127.0.0.1:22            127.0.0.1:40016         ESTABLISHED
--- stderr
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
