fixture: route-empty
args: -rC
needs: route
status: 255
--- stdout
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: No such file or directory
