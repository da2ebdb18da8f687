# empty files
fixture: iface-empty
args: -iae
status: 0
--- stdout
Kernel Interface table
--- stderr
