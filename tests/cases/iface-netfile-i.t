# /proc/net is a file
fixture: netfile
args: -i
needs: iface
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
Warning: cannot open /proc/net/dev (Not a directory). Limited output.
