fixture: rich
args: -2
status: 1
--- stdout
--- stderr
netstat: feature `AF BLUETOOTH' not supported.
Please recompile `net-tools' with newer kernel source or full configuration.
