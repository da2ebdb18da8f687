# filter-unix-state: the rows of rich-xa.t (net-tools) that are LISTENING or CONNECTING
deviation: filters are ours; net-tools ignores operands
fixture: rich
args: -xa state=listening,connecting
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     1801     /run/systemd/private
unix  2      [ ACC ]     SEQPACKET  LISTENING     1805     @/org/kernel/udev/udevd
unix  2      [ ]         STREAM     CONNECTING    0        @abstract-connecting
unix  2      [ ACC W N ] STREAM     LISTENING     1813     /tmp/all-flags
unix  26     [ ACC ]     STREAM     LISTENING     1820     /var/run/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.sock
unix  2      [ ACC ]     STREAM     LISTENING     4294967295 /tmp/big-inode
--- stderr
