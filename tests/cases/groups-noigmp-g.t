# igmp missing, igmp6 there
fixture: groups-noigmp
args: -g
needs: groups
status: 1
--- stdout
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
netstat: no support for `AF INET (igmp)' on this system.
