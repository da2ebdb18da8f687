# an empty SPEC: /run/netns/ is a directory, not a namespace
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns= -tn
status: 1
--- stdout
--- stderr
netstat: --netns=: not a network namespace
