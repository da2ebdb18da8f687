fixture: route-ns
args: -rCF
needs: route
status: 0
--- stdout
Kernel IP routing table
Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface
0.0.0.0         203.0.113.254   128.0.0.0       UG        0 0          0 v1
default         198.51.100.254  0.0.0.0         UG        0 0          0 br0
zeronet         0.0.0.0         255.255.0.0     U         0 0          0 br0
10.78.0.0       198.51.100.254  255.255.0.0     UG        0 0          0 br0
spaced          203.0.113.254   255.255.0.0     UG        0 0          0 v1
10.80.0.0       0.0.0.0         255.255.0.0     U         0 0          0 *
hexnet          198.51.100.254  255.255.255.0   UG    65535 65535      0 br0
hexnet          -               255.255.0.0     !         - -          - -
octnet          -               255.255.0.0     !         - -          - -
xnet            0.0.0.0         255.255.0.0     U         0 0          0 *
wrapnet         198.51.100.254  255.255.0.0     UG     1400 1000       0 br0
upper           198.51.100.254  255.255.0.0     UG        0 0          0 br0
10.86.0.0       0.0.0.0         255.255.255.0   U         0 0          0 br0
10.87.0.0       198.51.100.254  255.255.0.0     UG        0 0          0 br0
10.88.0.0       -               255.255.0.0     !         - -          - -
10.97.0.0       198.51.100.254  255.255.0.0     UG        0 0        250 br0
127.1.0.0       0.0.0.0         255.255.0.0     U         0 0          0 lo
docnet          0.0.0.0         255.255.255.0   U         0 0          0 br0
198.51.100.77   0.0.0.0         255.255.255.255 UH        0 0          0 br0
203.0.113.0     0.0.0.0         255.255.255.0   U         0 0          0 v1
203.0.113.9     198.51.100.254  255.255.255.255 UGH       0 0          0 br0
Kernel IP routing cache
Source          Destination     Gateway         Flags   MSS Window  irtt Iface
--- stderr
