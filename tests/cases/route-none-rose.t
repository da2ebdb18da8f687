fixture: route-none
args: -r -A rose
needs: route
status: 1
--- stdout
--- stderr
/proc/net/rose_nodes: No such file or directory
ROSE not configured in this system.
