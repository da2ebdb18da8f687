# -v changes nothing
fixture: iface-lo
args: -iav
needs: iface
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
lo              65536        0      0      0 0             0      0      0      0 L
lo:01           65536        5      5      5 5             5      5      5      5 L
lo:1            65536        1      2      3 4             8      9     10     11 L
lo:2            65536      100      0      0 0           200      0      0      0 L
lo:3            65536 12345678      1      1 1      123456789      2      2      2 L
lo:4            65536        1      0      0 0             1      0      0      0 L
lo:5            65536        1      0      0 0             1      0      0      0 L
lo:6            65536        1      0      0 0             1      0      0      0 L
lo:7            65536 18446744073709551615 18446744073709551615 18446744073709551615 18446744073709551615 18446744073709551615 18446744073709551615 18446744073709551615 18446744073709551615 L
lo:8            65536   999999      0      0 0      99999999      0      0      0 L
lo:9            65536       10      0      0 0            10      0      0      0 L
lo:10           65536        1      0      0 0             1      0      0      0 L
--- stderr
