# no ip_masquerade; -n -e change nothing
fixture: nonet
args: -Mne
status: 1
--- stdout
--- stderr
netstat: no support for `ip_masquerade' on this system.
