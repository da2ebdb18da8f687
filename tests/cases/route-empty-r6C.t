fixture: route-empty
args: -r6C
needs: route
status: 0
--- stdout
Kernel IPv6 routing cache
Destination                    Next Hop                   Flag Met Ref  Use If
--- stderr
