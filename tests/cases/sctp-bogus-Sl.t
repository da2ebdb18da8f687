fixture: sctp-bogus
args: -Sl
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      


sctp                255.255.255.255:4464                            UNKNOWN(13)
sctp                255.255.255.255:65535                           UNKNOWN(-3)
                    255.255.255.255:65535                                      
                    255.255.255.255:65535                                      
sctp                10.9.8.7:*                                                 
                    localhost:*                                                
--- stderr
warning, got bogus sctp eps line.
warning, got bogus sctp eps line.
warning, got bogus sctp eps line.
