# filter-mapped: the rows of rich-anW.t (net-tools) that have an address in 192.0.2.0/24, v4-mapped ones in tcp6 too
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW @192.0.2.0/24
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 192.0.2.1:8080          198.51.100.20:40404     ESTABLISHED
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
