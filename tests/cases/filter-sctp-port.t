# net-tools -San less the rows that do not have port 5001 at either end
# (the first address of each end is matched)
deviation: filters are ours
fixture: sctp
args: -San :5001
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
sctp                127.0.0.1:5001                                  LISTEN     
                    127.0.0.2:5001                                             
                    10.1.2.3:5001                                              
sctp     340    120 127.0.0.1:5001          127.0.0.2:40001         ESTABLISHED
                    127.0.0.2               127.0.0.1                          
                    10.1.2.3                                                   
sctp       0      0 127.0.0.1:40002         127.0.0.1:5001          ESTABLISHED
                    127.0.0.2               10.1.2.3                           
                                            127.0.0.2                          
                                            192.0.2.99                         
--- stderr
