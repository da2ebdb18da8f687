# net/dev unreadable
fixture: iface-noperm
args: -ia
needs: iface
user: 65534
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
--- stderr
Warning: cannot open /proc/net/dev (Permission denied). Limited output.
