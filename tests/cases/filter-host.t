# filter-host: the rows of net-tools' -ta that have an address of localhost in /etc/hosts (127.0.0.1 and ::1)
deviation: filters are ours; net-tools ignores operands
fixture: names
args: -ta @localhost
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 loca:averyveryverylongs 0.0.0.0:*               LISTEN     
tcp        0      0 localhost:secondname    0.0.0.0:*               LISTEN     
tcp        0      0 loca:twentytwocharsserv 0.0.0.0:*               LISTEN     
tcp        0      0 loca:nineteencharsnamex 0.0.0.0:*               LISTEN     
tcp        0      0 loca:eighteencharsnamex 0.0.0.0:*               LISTEN     
tcp        0      0 local:seventeencharname 0.0.0.0:*               LISTEN     
tcp        0      0 localhost:33000         localhost:http          ESTABLISHED
tcp        0      0 localhost:http          localhost:33000         ESTABLISHED
tcp        0      0 localhost:7100          localhost:kerberos      ESTABLISHED
tcp        0      0 localhost:smtp          localhost:shell         TIME_WAIT  
tcp6       0      0 localhost:redis         [::]:*                  LISTEN     
tcp6       0      0 localhost:https         localhost:50000         ESTABLISHED
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:40000         ESTABLISHED
tcp6       0      0 loca:nineteencharsnamex [::]:*                  LISTEN     
--- stderr
