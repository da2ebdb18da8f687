# captured in the live namespace: its interfaces are not in the test namespace
fixture: iface-ns
args: -i
needs: iface
status: 1
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
Device: error fetching interface information: Device not found
missing interface information: No such device
