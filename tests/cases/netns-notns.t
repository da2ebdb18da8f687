# a file that is not a namespace
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns=/dev/null -tn
status: 1
--- stdout
--- stderr
netstat: --netns=/dev/null: not a network namespace
