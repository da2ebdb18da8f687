# filter-user: the rows of net-tools' -tane that are owned by postgres (105) or uid 2000 (the User column)
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -tane user=postgres user=2000
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN      105        1002      
tcp        0      0 10.0.0.1:3306           10.0.0.4:*              ESTABLISHED 2000       1014      
--- stderr
