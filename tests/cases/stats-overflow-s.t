fixture: stats-overflow
args: -s
needs: stats
status: 0
--- stdout
Ip:
    18446744073709551615 total packets received
    18446744073709551615 forwarded
    18446744073709551615 incoming packets delivered
    18446744073709551615 requests sent out
    Unknown: 18446744073709551615
Sctp:
    18446744073709551615 Current Associations
    18446744073709551615 Current Associations
    18446744073709551615 Current Associations
    18446744073709551615 Current Associations
    18446744073709551615 Current Associations
--- stderr
