fixture: stats-loop
args: -s
needs: stats
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: Too many levels of symbolic links
