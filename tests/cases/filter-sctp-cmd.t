# net-tools -Sanp less the rows sctpd does not hold
deviation: filters are ours
fixture: sctp
args: -Sanp cmd=sctpd
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
sctp                192.0.2.10:80                                   LISTEN     
                    198.51.100.20:80                                           
                    203.0.113.30:80                                            
                    192.0.2.11:80                                               4242/sctpd          
sctp       0      0 192.0.2.10:80           192.0.2.200:65535       CLOSE_WAIT 
                    198.51.100.20                                               4242/sctpd          
--- stderr
