# zz9 is not in the running kernel
fixture: iface-missing
args: -i
needs: iface
status: 1
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
zz9: error fetching interface information: Device not found
missing interface information: No such device
