fixture: sctp
args: -San
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
sctp                127.0.0.1:5000                                  LISTEN     
sctp                127.0.0.1:5001                                  LISTEN     
                    127.0.0.2:5001                                             
                    10.1.2.3:5001                                              
sctp                :::5002                                         LISTEN     
sctp                ::1:5003                                        LISTEN     
                    fe80::201:2ff:fe03:405:5003                                
                    10.1.2.3:5003                                              
sctp                0.0.0.0:*                                       CLOSE      
sctp                0.0.0.0:36412                                   LISTEN     
sctp                192.0.2.10:80                                   LISTEN     
                    198.51.100.20:80                                           
                    203.0.113.30:80                                            
                    192.0.2.11:80                                              
sctp                2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:5060     LISTEN     
sctp       0      0 127.0.0.1:5000          127.0.0.1:40000         LISTEN     
sctp     340    120 127.0.0.1:5001          127.0.0.2:40001         ESTABLISHED
                    127.0.0.2               127.0.0.1                          
                    10.1.2.3                                                   
sctp       0      0 127.0.0.1:40002         127.0.0.1:5001          ESTABLISHED
                    127.0.0.2               10.1.2.3                           
                                            127.0.0.2                          
                                            192.0.2.99                         
sctp   65536 4294967 ::1:5002                ::1:34567               LISTEN     
                                            fe80::201:2ff:fe03:405             
sctp       0      0 192.0.2.10:80           192.0.2.200:65535       CLOSE_WAIT 
                    198.51.100.20                                              
sctp       0      0 127.0.0.1:5004          127.0.0.1:5005          CLOSING    
sctp       0      0 127.0.0.1:5006          127.0.0.1:5007          UNKNOWN(12)
sctp       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:5008 2001:db8:1111:2222:3333:4444:5555:6666:5009 ESTABLISHED
--- stderr
