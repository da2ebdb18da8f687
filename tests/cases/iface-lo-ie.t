# long form, lo down: nothing
fixture: iface-lo
args: -ie
needs: iface
status: 0
--- stdout
Kernel Interface table
--- stderr
