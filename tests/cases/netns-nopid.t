# a PID with no such directory
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns=999 -tn
status: 1
--- stdout
--- stderr
netstat: --netns=999: No such file or directory
