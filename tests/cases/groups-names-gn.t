# numeric
fixture: groups-names
args: -gn
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      127.0.0.1
lo              1      224.0.0.1
lo              1      0.0.0.0
lo              1      0.0.0.5
lo              1      ::1
lo              1      ::
lo              1      127.0.0.1
lo              1      ff02::1
--- stderr
