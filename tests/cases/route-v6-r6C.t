fixture: route-v6
args: -r6C
needs: route
status: 0
--- stdout
Kernel IPv6 routing cache
Destination                    Next Hop                   Flag Met Ref  Use If
2001:db8::1/128                localhost                  UHC  256 1      0 eth0
2001:db8::2/128                127.0.0.1                  UGHCm 256 1      0 eth0
fd02::/16                      [::]                       U!GHDACaemnf 0   1      0 allcache
fd03:18::/32                   [::]                       C    24  0      0 f24
--- stderr
