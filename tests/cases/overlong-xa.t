fixture: overlong
args: -xa
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ACC ]     STREAM     LISTENING     4300     /run/before.sock
unix  2      [ ACC ]     STREAM     LISTENING     4302     
unix  2      [ ACC ]     STREAM     LISTENING     4303     /run/from-2nd-piece.sock
unix  2      [ ACC ]     STREAM     LISTENING     4304     /run/after.sock
--- stderr
warning, got bogus unix line.
warning, got bogus unix line.
