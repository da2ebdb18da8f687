# lo (down in the test namespace) and its aliases: nothing without -a
fixture: iface-lo
args: -i
needs: iface
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
