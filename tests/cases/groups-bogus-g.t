# malformed igmp and igmp6 lines; a device name's stale tail
fixture: groups-bogus
args: -g
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      224.0.0.1
lo              12     224.0.0.224
lo              3      0.0.0.0
lo              0      0.0.0.0
ab              -3     13.12.11.10
averyverylongna 1      224.0.0.1
x
eryverylongna 2147483647 255.255.255.255
spaced:1        1215752191 0.0.0.0
eth1            0      localhost
lo              1      ff02::1
eth2            9      ff02::2
eth3            -7     ff02::1
e:th4           1      ff02::3
eth5            1      [::]
eth6            5      ff02::4
eth7            7      ff02::5
eth8            1      10.0.0.1
eth9            1      ::10.0.0.1
abcdefghijklmno 3      ff02::a
--- stderr
warning, got bogus igmp line 3.
warning, got bogus igmp line 4.
warning, got bogus igmp line 8.
warning, got bogus igmp line 13.
warning, got bogus igmp6 line 1.
warning, got bogus igmp6 line 2.
warning, got bogus igmp6 line 3.
warning, got bogus igmp6 line 4.
warning, got bogus igmp6 line 8.
