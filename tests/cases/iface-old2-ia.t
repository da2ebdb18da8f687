# the Linux 2.x layout with bytes, without compressed
fixture: iface-old2
args: -ia
needs: iface
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
lo              65536     1000      1      2 3          2000      5      6      7 L
lo:1            65536        2      3      4 5             8      9     10     11 L
--- stderr
