# filter-host-port: the rows of net-tools' -ta that have localhost with port https or 7100-7200 on that end
deviation: filters are ours; net-tools ignores operands
fixture: names
args: -ta @localhost:https,7100-7200
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 localhost:7100          localhost:kerberos      ESTABLISHED
tcp6       0      0 localhost:https         localhost:50000         ESTABLISHED
--- stderr
