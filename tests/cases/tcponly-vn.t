fixture: tcponly
args: -v -n
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
netstat: no support for `AF INET (sctp)' on this system.
netstat: no support for `AF INET (udp)' on this system.
netstat: no support for `AF INET (udplite)' on this system.
netstat: no support for `AF INET (raw)' on this system.
netstat: no support for `AF UNIX' on this system.
netstat: no support for `AF IPX' on this system.
netstat: no support for `AF AX25' on this system.
netstat: no support for `AF X25' on this system.
netstat: no support for `AF NETROM' on this system.
netstat: no support for `AF ROSE' on this system.
