# Linux 2.2 table with no entries: nothing, status 0
fixture: iface-masq
args: -M
status: 0
--- stdout
--- stderr
