fixture: rich
args: -A foo
status: 1
--- stdout
--- stderr
Unknown address family `foo'.
