# long form, lo down: nothing
fixture: iface-lo
args: -ie
status: 0
--- stdout
Kernel Interface table
--- stderr
