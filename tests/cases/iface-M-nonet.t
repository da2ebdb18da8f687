# no ip_masquerade
fixture: nonet
args: -M
status: 1
--- stdout
--- stderr
netstat: no support for `ip_masquerade' on this system.
