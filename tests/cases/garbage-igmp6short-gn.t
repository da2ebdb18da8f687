# igmp6 rows whose group address has 4, 8, 16, 24 and 30 hex digits
deviation: net-tools reads the group with sscanf("%08X%08X%08X%08X") and htonl()s all four words: a short last word is right-aligned (ff02 is 0:ff02) and the words the field lacks are what its stack holds (the row before's, byte-swapped once more); we read the digits as bytes from the left and the missing bytes are 0 (ff02::, ff02::1:0:0, ff02::100)
fixture: garbage-igmp6short
args: -gn
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      ff02::1
eth0            1      ff02::
eth1            2      ff02::
eth2            3      ff02:0:0:fb::
eth3            4      ff02::1:0:0
eth4            5      ff02::100
--- stderr
