# ip_masquerade unreadable
fixture: iface-noperm
args: -M
user: 65534
status: 255
--- stdout
--- stderr
/proc/net/ip_masquerade: Permission denied
