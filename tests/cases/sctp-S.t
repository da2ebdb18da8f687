fixture: sctp
args: -S
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
sctp       0      0 localhost:5000          localhost:40000         LISTEN     
sctp     340    120 localhost:5001          127.0.0.2:40001         ESTABLISHED
                    127.0.0.2               localhost                          
                    10.1.2.3                                                   
sctp       0      0 localhost:40002         localhost:5001          ESTABLISHED
                    127.0.0.2               10.1.2.3                           
                                            127.0.0.2                          
                                            192.0.2.99                         
sctp   65536 4294967 localhost:5002          localhost:34567         LISTEN     
                                            fe80::201:2ff:fe03:405             
sctp       0      0 192.0.2.10:80           192.0.2.200:65535       CLOSE_WAIT 
                    198.51.100.20                                              
sctp       0      0 localhost:5004          localhost:5005          CLOSING    
sctp       0      0 localhost:5006          localhost:5007          UNKNOWN(12)
sctp       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff:5008 2001:db8:1111:2222:3333:4444:5555:6666:5009 ESTABLISHED
--- stderr
