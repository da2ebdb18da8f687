fixture: stats-bad
args: -sU
needs: stats
status: 0
--- stdout
Foo:
    a: 1
    b: 2
    c: 3
IpExt:
    InOctets: 11
--- stderr
