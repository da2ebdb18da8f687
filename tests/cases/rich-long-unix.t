fixture: rich
args: --unix --listening --programs
status: 0
--- stdout
Active UNIX domain sockets (only servers)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     1801     1/systemd            /run/systemd/private
unix  2      [ ACC ]     SEQPACKET  LISTENING     1805     1500/very-long-prog  @/org/kernel/udev/udevd
unix  2      [ ACC W N ] STREAM     LISTENING     1813     -                    /tmp/all-flags
unix  26     [ ACC ]     STREAM     LISTENING     1820     1500/very-long-prog  /var/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock
unix  2      [ ACC ]     STREAM     LISTENING     4294967295 1500/very-long-prog  /tmp/big-inode
--- stderr
