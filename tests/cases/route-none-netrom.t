fixture: route-none
args: -r -A netrom
needs: route
status: 1
--- stdout
NET/ROM not configured in this system.
--- stderr
/proc/net/nr_nodes: No such file or directory
/proc/net/nr_neigh: Invalid argument
