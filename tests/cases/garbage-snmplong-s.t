# a Tcp: header/values pair of 8849 and 9915 bytes between a normal Ip and Udp pair
deviation: net-tools reads /proc/net/snmp (and netstat) with getline(), whole lines; we read 8191-byte pieces, so the rest of the Tcp header is taken for its values line: "Problem while parsing", Tcp and Udp are not printed (status 0 as in net-tools' other parse errors)
fixture: garbage-snmplong
args: -s
needs: stats
status: 0
--- stdout
Ip:
    Forwarding: 2
    24778 total packets received
    0 forwarded
    0 incoming packets discarded
    24778 incoming packets delivered
    9512 requests sent out
    OutTransmits: 9512
--- stderr
Problem while parsing /proc/net/snmp
