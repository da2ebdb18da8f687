fixture: v6only
args: -v -an
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 :::22                   :::*                    LISTEN     
tcp6       0      0 ::1:22                  ::1:40000               ESTABLISHED
udp6       0      0 :::53                   :::*                               
udpl6      0      0 :::7778                 :::*                               
raw6       0      0 :::58                   :::*                    7          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     5801     /run/x.sock
unix  3      [ ]         STREAM     CONNECTED     5802     
--- stderr
netstat: no support for `AF INET (tcp)' on this system.
netstat: no support for `AF INET (sctp)' on this system.
netstat: no support for `AF INET (sctp)' on this system.
netstat: no support for `AF INET (udp)' on this system.
netstat: no support for `AF INET (udplite)' on this system.
netstat: no support for `AF INET (raw)' on this system.
netstat: no support for `AF IPX' on this system.
netstat: no support for `AF AX25' on this system.
netstat: no support for `AF X25' on this system.
netstat: no support for `AF NETROM' on this system.
netstat: no support for `AF ROSE' on this system.
