fixture: nonet
args: -s
status: 0
--- stdout
--- stderr
cannot open /proc/net/snmp: No such file or directory
