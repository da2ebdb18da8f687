fixture: real
args: -x
status: 0
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ]         DGRAM                    11758    
unix  3      [ ]         STREAM     CONNECTED     11759    
unix  3      [ ]         STREAM     CONNECTING    0        @fx-abstract
unix  3      [ ]         STREAM     CONNECTED     11756    
unix  3      [ ]         STREAM     CONNECTED     11751    
unix  3      [ ]         STREAM     CONNECTED     11752    /tmp/fxwork/real.sock
unix  3      [ ]         STREAM     CONNECTED     11757    
unix  2      [ ]         DGRAM                    11754    /tmp/fxwork/real.dgram
--- stderr
