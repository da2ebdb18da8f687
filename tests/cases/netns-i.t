# -i asks the kernel, which needs to enter the namespace: refused
deviation: --netns is ours
needs: netns iface
fixture: netns
args: --netns=4242 -i
status: 1
--- stdout
--- stderr
netstat: --netns=4242: -i needs to enter it
