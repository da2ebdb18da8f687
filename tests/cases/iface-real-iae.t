# captured: as -ia, long form
fixture: iface-real
args: -iae
needs: iface
status: 1
--- stdout
Kernel Interface table
--- stderr
eth0: error fetching interface information: Device not found
missing interface information: No such device
