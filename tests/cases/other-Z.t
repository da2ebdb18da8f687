fixture: rich
args: -Z
status: 1
--- stdout
--- stderr
SELinux is not enabled on this machine.
