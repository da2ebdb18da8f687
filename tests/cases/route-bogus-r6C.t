fixture: route-bogus
args: -r6C
needs: route
status: 0
--- stdout
Kernel IPv6 routing cache
Destination                    Next Hop                   Flag Met Ref  Use If
fd00::12/64                    [::]                       UC   8   1      2 eth8
--- stderr
