# captured from a Debian 12 VM: eth0 is not in the test namespace
fixture: iface-real
args: -i
needs: iface
status: 1
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
eth0: error fetching interface information: Device not found
missing interface information: No such device
