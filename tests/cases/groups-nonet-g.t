# no igmp: reported; no igmp6: silent
fixture: nonet
args: -g
needs: groups
status: 1
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
--- stderr
netstat: no support for `AF INET (igmp)' on this system.
