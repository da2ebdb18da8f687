# lo and lo:3 print, then zz9 fails
fixture: iface-missing
args: -ia
needs: iface
status: 1
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
lo              65536        2      3      4 5            10     11     12     13 L
lo:3            65536        2      3      4 5            10     11     12     13 L
--- stderr
zz9: error fetching interface information: Device not found
missing interface information: No such device
