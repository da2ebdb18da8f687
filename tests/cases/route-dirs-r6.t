fixture: route-dirs
args: -r6
needs: route
status: 0
--- stdout
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
--- stderr
