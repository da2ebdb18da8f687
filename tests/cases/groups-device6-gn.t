# igmp6's first line names a device Device: the rest is read as igmp
fixture: groups-device6
args: -gn
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      224.0.0.1
eth0            1      224.0.0.1
--- stderr
