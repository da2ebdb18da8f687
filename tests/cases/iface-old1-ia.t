# the oldest /proc/net/dev layout: packets only
fixture: iface-old1
args: -ia
needs: iface
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
lo              65536     1000      1      2 3          2000      5      6      7 L
lo:1            65536        1      2      3 4             6      7      8      9 L
--- stderr
