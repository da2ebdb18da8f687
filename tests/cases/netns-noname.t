# a name with no /run/netns/NAME
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns=no-such-netns-here -tn
status: 1
--- stdout
--- stderr
netstat: --netns=no-such-netns-here: No such file or directory
