# unix sockets of the namespace
deviation: --netns is ours
needs: netns
fixture: netns
args: --netns=4242 -xp
status: 0
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
--- stderr
