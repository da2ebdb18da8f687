# igmp's first line lacks Device: every line is read as igmp6
fixture: groups-noheader
args: -gn
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      ff02::1
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
warning, got bogus igmp6 line 1.
warning, got bogus igmp6 line 2.
