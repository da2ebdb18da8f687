# procs-xap-cmdline: procs-xap.t (net-tools) with the command lines after the Path column
deviation: --cmdline is ours
needs: identity
fixture: procs
args: -xap --cmdline
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path Command line
unix  2      [ ACC ]     STREAM     LISTENING     6101     100/sshd             /run/a.sock /usr/sbin/sshd -D
unix  3      [ ]         STREAM     CONNECTED     6102     102/nginx: master p   nginx: master process /usr/sbin/nginx -g daemon on;
unix  3      [ ]         DGRAM      CONNECTED     6103     -                     -
unix  2      [ ]         DGRAM                    6104     115/hash-collision   @abstract /usr/bin/hash-collision
--- stderr
