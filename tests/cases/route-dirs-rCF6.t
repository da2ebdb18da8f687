fixture: route-dirs
args: -rCF6
needs: route
status: 0
--- stdout
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
Kernel IPv6 routing cache
Destination                    Next Hop                   Flag Met Ref  Use If
--- stderr
