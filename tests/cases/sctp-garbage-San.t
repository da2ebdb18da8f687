# net-tools prints uninitialised memory for an IPv6 word sscanf() stops in,
# inet_addr() readings for 1.2.3 and 0x7f.1, and crashes (SIGSEGV) on an
# association with no "<->" or no remote list; we print numbers or nothing
deviation: garbage SCTP addresses read sanely
fixture: sctp-garbage
args: -San
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
sctp                255.255.255.255:5000                            LISTEN     
                    :::5000                                                    
                    :::5000                                                    
                    255.255.255.255:5000                                       

sctp       0      0 127.0.0.1:5001                                  ESTABLISHED
                    127.0.0.2                                                  
sctp       0      0 127.0.0.1:5001                                  ESTABLISHED
--- stderr
