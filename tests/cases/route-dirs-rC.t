fixture: route-dirs
args: -rC
needs: route
status: 255
--- stdout
Kernel IP routing cache
--- stderr
/proc/net/rt_cache: Is a directory
