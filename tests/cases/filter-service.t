# filter-service: the rows of net-tools' -ta that have port ssh (22) or http (80), from /etc/services
deviation: filters are ours; net-tools ignores operands
fixture: names
args: -ta :ssh,http
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               LISTEN     
tcp        0      0 localhost:33000         localhost:http          ESTABLISHED
tcp        0      0 localhost:http          localhost:33000         ESTABLISHED
tcp6       0      0 [::]:ssh                [::]:*                  LISTEN     
--- stderr
