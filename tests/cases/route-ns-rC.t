fixture: route-ns
args: -rC
needs: route
status: 0
--- stdout
Kernel IP routing cache
Source          Destination     Gateway         Flags   MSS Window  irtt Iface
--- stderr
