# captured, numeric
fixture: iface-ns
args: -gn
needs: groups
status: 0
--- stdout
IPv6/IPv4 Group Memberships
Interface       RefCnt Group
--------------- ------ ---------------------
lo              1      224.0.0.1
br0             1      224.0.0.1
br0             1      224.0.0.106
v1              1      239.255.0.9
v1              1      224.0.0.1
v0              1      224.0.0.1
eth10           1      224.0.0.1
eth1            1      239.1.2.3
eth1            1      224.0.0.1
eth2            1      224.0.0.1
abcdefghijklmno 1      224.0.0.1
ifb1            1      224.0.0.1
tun0            1      224.0.0.1
tap0            1      224.0.0.1
vx0             1      224.0.0.1
lo              1      ff02::1
lo              1      ff01::1
br0             2      ff02::1:ff00:1
br0             1      ff02::6a
br0             1      ff02::1
br0             1      ff01::1
br-x            1      ff02::1
br-x            1      ff01::1
v1              1      ff02::1:ff00:4242
v1              1      ff02::4242
v1              1      ff02::1:ff00:abcd
v1              1      ff02::1:ff02:305
v1              1      ff02::1:ff02:304
v1              1      ff02::1:ff00:5
v1              1      ff02::1
v1              1      ff01::1
v0              1      ff02::1
v0              1      ff01::1
eth1            1      ff02::1:ff00:123
eth1            1      ff05::123
eth1            1      ff02::1
eth1            1      ff01::1
eth01           1      ff02::1
eth01           1      ff01::1
eth2            1      ff02::1
eth2            1      ff01::1
Device          1      ff02::1
Device          1      ff01::1
abcdefghijklmno 1      ff02::1
abcdefghijklmno 1      ff01::1
ifb0            1      ff02::1
ifb0            1      ff01::1
ifb1            1      ff02::1
ifb1            1      ff01::1
tun0            1      ff02::1
tun0            1      ff01::1
tap0            1      ff02::1:ff00:1
tap0            1      ff02::1
tap0            1      ff01::1
vx0             1      ff02::1
vx0             1      ff01::1
--- stderr
