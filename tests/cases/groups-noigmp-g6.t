# igmp missing, not asked for
fixture: groups-noigmp
args: -g6
needs: groups
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      ff02::1
lo              1      ff01::1
ifb0            1      ff02::1
ifb0            1      ff01::1
ifb1            1      ff02::1
ifb1            1      ff01::1
eth0            1      ff02::1:ff00:2
eth0            1      ff02::1:ff00:1
eth0            1      ff02::1
eth0            1      ff01::1
--- stderr
