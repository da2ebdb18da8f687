fixture: route-bogus
args: -r6
needs: route
status: 0
--- stdout
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
fd00::1/64                     localhost                  UG   256 1      0 eth0
fd00::1/64                     localhost                  UG   256 1      0 eth0
fd00::a/64                     localhost                  UG   256 1      0 eth0
fd00::a/48                     [::]                       U    1   1      1 eth1
fd00::b/80                     [::]                       U    2   1      1 eth2
fd00::c/80                     [::]                       U    2   1      1 eth2
fd00::d/64                     [::]                       G    305419896 9      1 00000001
fd00::e/64                     [::]                       U    5   1      2 eth5
fd00::f/64                     [::]                       U    5   1      2 abcdefghijklmno
fd00::f/64                     [::]                       U    5   1      2 abcdefghijklmno
fd00::10/64                    [::]                       U    6   1      2 eth6
fd00::10/64                    [::]                       U    6   1      2 eth6
fd00::11/64                    [::]                       UG   7   1      2 eth7
fd00::13/-1                    [::]                       U    -1  1      2 eth9
fd00::14/64                    [::]                       U    -1  1      2 eth9
--- stderr
