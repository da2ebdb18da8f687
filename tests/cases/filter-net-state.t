# filter-net-state: the rows of rich-anW.t (net-tools) that have an address in 10.0.0.0/24 and are ESTABLISHED
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -anW @10.0.0.0/24 state=established
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp   2147483647 4294967295 10.0.0.1:1              10.0.0.2:65535          ESTABLISHED
tcp   1000000 123456 10.0.0.1:2049           10.0.0.3:700            ESTABLISHED
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED
tcp        0      0 10.0.0.1:6000           10.0.0.5:6001           ESTABLISHED
tcp        0      0 10.0.0.1:7000           10.0.0.6:7001           ESTABLISHED
udp        0      0 10.0.0.5:41000          10.0.0.1:53             ESTABLISHED
udp        0      0 10.0.0.5:7100           0.0.0.0:*               ESTABLISHED
udp6       0      0 10.0.0.5:41003          10.0.0.1:53             ESTABLISHED
udpl       0      0 10.0.0.5:7000           10.0.0.6:7001           ESTABLISHED
raw        0      0 10.0.0.5:17             10.0.0.1:*              1          
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
