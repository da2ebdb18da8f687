# /proc/net is a file: perror and status 255
fixture: netfile
args: -g
needs: groups
status: 255
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
--- stderr
/proc/net/igmp: Not a directory
