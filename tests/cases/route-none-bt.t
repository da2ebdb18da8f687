fixture: route-none
args: -rA bluetooth
status: 3
--- stdout
--- stderr
Address family `bluetooth' not supported.
