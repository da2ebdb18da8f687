# NET/ROM's tables exist: net-tools prints them, we do not.
fixture: route-legacy
args: -r -A netrom
needs: route
deviation: the AX.25, NET/ROM, ROSE, IPX, AppleTalk and X.25 routing tables are not built in
status: 1
--- stdout
--- stderr
netstat: -r -A netrom is not built into this netstat.
