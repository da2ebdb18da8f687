fixture: v6only
args: -tuan
status: 1
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:22                  ::1:40000               ESTABLISHED
--- stderr
netstat: no support for `AF INET (tcp)' on this system.
