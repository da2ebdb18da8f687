# captured: the first name sorted (eth0) is missing from the running kernel
fixture: iface-real
args: -ia
needs: iface
status: 1
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
eth0: error fetching interface information: Device not found
missing interface information: No such device
