fixture: sctp-bogus
args: -San
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      


sctp                255.255.255.255:4464                            UNKNOWN(13)
sctp                255.255.255.255:65535                           UNKNOWN(-3)
                    255.255.255.255:65535                                      
                    255.255.255.255:65535                                      
sctp                10.9.8.7:*                                                 
                    127.0.0.1:*                                                
sctp  1215752191 4294967176 127.0.0.1:5001          10.0.0.1:40001          ESTABLISHED
                    127.0.0.2                                                  
sctp       0      0                         10.0.0.1:40001          ESTABLISHED
                                            10.0.0.2                           
sctp       0      0 255.255.255.255:5001    255.255.255.255:40001   ESTABLISHED
sctp       0      0 10.0.0.1:5001           10.0.0.2:40001          UNKNOWN(99)
sctp       0      0 1.1.1.1:5001            1.2.3.4:40001           ESTABLISHED
                    2.2.2.2                                                    
                    3.3.3.3                                                    
                    4.4.4.4                                                    
                    5.5.5.5                                                    
                    6.6.6.6                                                    
                    7.7.7.7                                                    
                    8.8.8.8                                                    
                    9.9.9.9                                                    
                    10.10.10.10                                                
                    11.11.11.11                                                
                    12.12.12.12                                                
                    13.13.13.13                                                
                    14.14.14.14                                                
                    15.15.15.15                                                
                    16.16.16.16                                                
--- stderr
warning, got bogus sctp eps line.
warning, got bogus sctp eps line.
warning, got bogus sctp eps line.
warning, got bogus sctp assoc line.
