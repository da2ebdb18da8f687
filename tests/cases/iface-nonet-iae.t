# no /proc/net/dev, long form
fixture: nonet
args: -iae
needs: iface
status: 0
--- stdout
Kernel Interface table
--- stderr
Warning: cannot open /proc/net/dev (No such file or directory). Limited output.
