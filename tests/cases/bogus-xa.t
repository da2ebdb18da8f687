fixture: bogus
args: -xa
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     3601     /run/good.sock
unix  3      [ ]         STREAM     CONNECTED     3603     /run/ptr-with-0x
unix  3      [ ]         DGRAM      CONNECTED     3604     /run/short-hex
unix  2      [ ]         DGRAM      CONNECTED     3605     /run/last-good
--- stderr
warning, got bogus unix line.
warning, got bogus unix line.
warning, got bogus unix line.
warning, got bogus unix line.
