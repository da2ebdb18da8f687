# net-tools prints the entries of a Linux 2.2 masquerading table
# ("IP masquerading entries" and a row per entry); we do not read it
fixture: iface-masq2
args: -M
deviation: /proc/net/ip_masquerade exists only on Linux 2.2, which cannot run this program; its entries are not printed
status: 0
--- stdout
--- stderr
