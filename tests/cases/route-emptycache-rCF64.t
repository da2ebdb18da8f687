fixture: route-emptycache
args: -rCF -6 -4
needs: route
status: 255
--- stdout
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
Kernel IPv6 routing cache
Destination                    Next Hop                   Flag Met Ref  Use If
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
default         192.0.2.1       0.0.0.0         UG        0 0          0 eth0
192.0.2.0       0.0.0.0         255.255.255.0   U         0 0          0 eth0
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: Success
