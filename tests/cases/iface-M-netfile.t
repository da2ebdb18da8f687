# /proc/net is a file
fixture: netfile
args: -M
status: 255
--- stdout
--- stderr
/proc/net/ip_masquerade: Not a directory
