fixture: sctp-bogus
args: -Sanee
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
 0          42001     
 0          42002     
sctp                255.255.255.255:4464                            UNKNOWN(13) -1         16        
sctp                255.255.255.255:65535                           UNKNOWN(-3)
                    255.255.255.255:65535                                      
                    255.255.255.255:65535                                       -1         15        
sctp                10.9.8.7:*                                                 
                    127.0.0.1:*                                                 0          9         
sctp  1215752191 4294967176 127.0.0.1:5001          10.0.0.1:40001          ESTABLISHED
                    127.0.0.2                                                   0          42012     
sctp       0      0                         10.0.0.1:40001          ESTABLISHED
                                            10.0.0.2                            0          42014     
sctp       0      0 255.255.255.255:5001    255.255.255.255:40001   ESTABLISHED 0          42015     
sctp       0      0 10.0.0.1:5001           10.0.0.2:40001          UNKNOWN(99) 0          42016     
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
                    16.16.16.16                                                 0          42017     
--- stderr
warning, got bogus sctp eps line.
warning, got bogus sctp eps line.
warning, got bogus sctp eps line.
warning, got bogus sctp assoc line.
