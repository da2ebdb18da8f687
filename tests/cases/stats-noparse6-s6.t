fixture: stats-noparse6
args: -s6
needs: stats
status: 0
--- stdout
Ip6:
    1 total packets received
Tcp:
    3 active connection openings
--- stderr
