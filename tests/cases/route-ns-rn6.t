fixture: route-ns
args: -rn6
needs: route
status: 0
--- stdout
Kernel IPv6 routing table
Destination                    Next Hop                   Flag Met Ref  Use If
::/1                           2001:db8:77::fe            UG   1024 1      0 br0
::/0                           ::                         !n   -1  1      0 lo
::1/128                        ::                         U    256 2      0 lo
2001:db8:77::/64               ::                         U    256 2      0 br0
2001:db8:78::/48               2001:db8:77::fe            UG   10  2      0 br0
2001:db8:79::7/128             ::                         U    1024 1      0 br0
2001:db8:81::/56               ::                         !n   1024 3      0 lo
2001:db8:82::/63               ::                         !n   1024 2      0 lo
2001:db8:83::/127              2001:db8:99::fe            UG   -1  1      0 v1
2001:db8:84::/64               ::                         U    1024 2      0 br0
2001:db8:85::/96               2001:db8:77::fe            UGe  1024 1      0 br0
2001:db8:99::/64               ::                         U    256 2      0 v1
2001:db8::/40                  ::                         !n   1024 1      0 lo
fe80::/64                      ::                         U    256 1      0 v1
::/0                           2001:db8:77::fe            UG   1024 1      0 br0
::1/128                        ::                         Un   0   3      0 lo
2001:db8:77::1/128             ::                         Un   0   3      0 br0
2001:db8:99::1/128             ::                         Un   0   2      0 v1
fe80::1/128                    ::                         Un   0   2      0 v1
ff00::/8                       ::                         U    256 3      0 v1
ff00::/8                       ::                         U    256 1      0 v0
ff00::/8                       ::                         U    256 2      0 br0
::/0                           ::                         !n   -1  1      0 lo
--- stderr
