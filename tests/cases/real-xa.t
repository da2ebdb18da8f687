fixture: real
args: -xa
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  2      [ ]         DGRAM                    11758    
unix  3      [ ]         STREAM     CONNECTED     11759    
unix  3      [ ]         STREAM     CONNECTING    0        @fx-abstract
unix  3      [ ]         STREAM     CONNECTED     11756    
unix  3      [ ]         STREAM     CONNECTED     11751    
unix  3      [ ]         STREAM     CONNECTED     11752    /tmp/fxwork/real.sock
unix  3      [ ]         STREAM     CONNECTED     11757    
unix  2      [ ACC ]     STREAM     LISTENING     11750    /tmp/fxwork/real.sock
unix  2      [ ]         DGRAM                    11754    /tmp/fxwork/real.dgram
unix  2      [ ACC ]     STREAM     LISTENING     11753    @fx-abstract
unix  2      [ ACC ]     SEQPACKET  LISTENING     11755    @fx-seq
--- stderr
