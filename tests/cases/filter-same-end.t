# filter-same-end: the rows of rich-anW.t (net-tools) that have 10.0.0.5 with port 53 or 7000 on the same end (10.0.0.5:41000 to 10.0.0.1:53 is not one)
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW @10.0.0.5:53,7000
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
