# empty files
fixture: iface-empty
args: -iae
needs: iface
status: 0
--- stdout
Kernel Interface table
--- stderr
