fixture: route-emptycache
args: -rCFeee
needs: route
status: 255
--- stdout
Kernel IP routing table
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: Success
