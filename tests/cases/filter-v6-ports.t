# filter-v6-ports: the rows of rich-anW.t (net-tools) that have an address in 2001:db8::/32 with port 53 or 22 on that end
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW @[2001:db8::]/32:53,22
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 2001:db8::1:0:0:1:22    2001:0:0:1::1:22        ESTABLISHED
tcp6       0      0 2001:db8::1234:5678:9abc:1:22 2001:db8::1:22          ESTABLISHED
udp6       0      0 2001:db8::5:41004       2001:db8::1:53          ESTABLISHED
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
