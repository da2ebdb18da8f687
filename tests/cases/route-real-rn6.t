fixture: route-real
args: -rn6
needs: route
status: 0
--- stdout
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
fd00::/64                      ::                         U    256 1      0 eth0
fe80::/64                      ::                         U    256 2      0 eth0
::/0                           fd00::1                    UG   1024 2      0 eth0
::1/128                        ::                         Un   0   2      0 lo
fd00::2/128                    ::                         Un   0   3      0 eth0
fe80::fc:ff:fe00:1/128         ::                         Un   0   2      0 eth0
ff00::/8                       ::                         U    256 3      0 eth0
::/0                           ::                         !n   -1  1      0 lo
--- stderr
