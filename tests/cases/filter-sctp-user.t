# net-tools -Sae less the rows not held by uid 4242
deviation: filters are ours
fixture: sctp
args: -Sae user=4242
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
sctp                192.0.2.10:80                                   LISTEN     
                    198.51.100.20:80                                           
                    203.0.113.30:80                                            
                    192.0.2.11:80                                               4242       41007     
sctp       0      0 192.0.2.10:80           192.0.2.200:65535       CLOSE_WAIT 
                    198.51.100.20                                               4242       41013     
--- stderr
