fixture: stats-overflow
args: -s6
needs: stats
status: 0
--- stdout
Ip6:
    18446744073709551615 total packets received
    18446744073709551615 total packets received
    18446744073709551615 total packets received
    18446744073709551615 total packets received
    18446744073709551615 total packets received
--- stderr
