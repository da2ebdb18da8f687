fixture: route-none
args: -r -A ddp
needs: route
status: 1
--- stdout
--- stderr
Error opening /proc/net/atalk_route: No such file or directory
DDP (AppleTalk) not configured on this system.
