fixture: overlong
args: -tan
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40001         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40002         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40003         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.1:40004         ESTABLISHED
tcp        0      0 127.0.0.1:80            127.0.0.1:40089         ESTABLISHED
tcp6       0      0 ::1:22                  ::1:40000               ESTABLISHED
--- stderr
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
