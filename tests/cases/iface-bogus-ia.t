# malformed lines: short, non-numeric, signs, overflow, alias syntax, duplicates
fixture: iface-bogus
args: -ia
needs: iface
status: 0
--- stdout
Kernel Interface table
Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg
lo:123456789012 65536        0      0      0 0             0      0      0      0 L
lo:12345678901  65536        6      7      8 9            14     15     16     17 L
lo              65536        1      2      3 4             9     10     11     12 L
lo:1            65536        2      3      0 0             0      0      0      0 L
lo:2            65536        0      0      0 0             0      0      0      0 L
lo:3            65536        6      7      8 9            14     15     16     17 L
lo:4            65536        2      3      4 5            10     11     12     13 L
lo:5            65536        2      3      4 5            10     11     12     13 L
lo:6            65536        0      0      0 0             0      0      0      0 L
lo:7            65536 18446744073709551615      5      5 5             5      5      5      5 L
lo:8            65536       22      3      4 5            10     11     12     13 L
lo:12           65536        0      0      0 0             0      0      0      0 L
lo:             65536        0      0      0 0             0      0      0      0 L
--- stderr
