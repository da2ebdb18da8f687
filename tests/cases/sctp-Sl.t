fixture: sctp
args: -Sl
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
sctp                localhost:5000                                  LISTEN     
sctp                localhost:5001                                  LISTEN     
                    127.0.0.2:5001                                             
                    10.1.2.3:5001                                              
sctp                [::]:5002                                       LISTEN     
sctp                localhost:5003                                  LISTEN     
                    fe80::201:2ff:fe03:405:5003                                
                    10.1.2.3:5003                                              
sctp                0.0.0.0:*                                       CLOSE      
sctp                0.0.0.0:36412                                   LISTEN     
sctp                192.0.2.10:80                                   LISTEN     
                    198.51.100.20:80                                           
                    203.0.113.30:80                                            
                    192.0.2.11:80                                              
sctp                2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:5060     LISTEN     
--- stderr
