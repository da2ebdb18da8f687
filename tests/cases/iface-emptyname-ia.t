# an empty line names an interface ""
fixture: iface-emptyname
args: -ia
needs: iface
status: 1
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
: error fetching interface information: Device not found
missing interface information: No such device
