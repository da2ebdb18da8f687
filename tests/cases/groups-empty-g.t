# empty igmp and igmp6
fixture: iface-empty
args: -g
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
--- stderr
