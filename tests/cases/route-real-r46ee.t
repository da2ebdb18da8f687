fixture: route-real
args: -r -4 -6 -ee
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt
default         192.0.2.1       0.0.0.0         UG    0      0        0 eth0     0     0      0
192.0.2.0       0.0.0.0         255.255.255.0   U     0      0        0 eth0     0     0      0
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
fd00::/64                      [::]                       U    256 1      0 eth0
fe80::/64                      [::]                       U    256 2      0 eth0
[::]/0                         fd00::1                    UG   1024 2      0 eth0
localhost/128                  [::]                       Un   0   2      0 lo
fd00::2/128                    [::]                       Un   0   3      0 eth0
fe80::fc:ff:fe00:1/128         [::]                       Un   0   2      0 eth0
ff00::/8                       [::]                       U    256 3      0 eth0
[::]/0                         [::]                       !n   -1  1      0 lo
--- stderr
