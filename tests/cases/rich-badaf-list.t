fixture: rich
args: -A inet,foo -n
status: 1
--- stdout
--- stderr
Unknown address family `foo'.
