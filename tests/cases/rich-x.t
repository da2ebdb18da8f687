fixture: rich
args: -x
status: 0
--- stdout
Active UNIX domain sockets (w/o servers)
Proto RefCnt Flags       Type       State         I-Node   Path
unix  3      [ ]         STREAM     CONNECTED     1802     /run/systemd/journal/stdout
unix  3      [ ]         STREAM     CONNECTED     1803     
unix  2      [ ]         DGRAM                    1804     /run/systemd/notify
unix  2      [ ]         SEQPACKET  CONNECTED     1806     
unix  3      [ ACC ]     STREAM     CONNECTED     1807     /tmp/acc-but-connected
unix  2      [ ]         STREAM     CONNECTING    0        @abstract-connecting
unix  1      [ ]         STREAM     FREE          1808     
unix  2      [ ]         STREAM     DISCONNECTING 1809     
unix  2      [ ]         STREAM     UNKNOWN       1810     
unix  2      [ W ]       STREAM     CONNECTED     1811     
unix  2      [ N ]       DGRAM      CONNECTED     1812     
unix  2      [ W ]       STREAM                   1814     
unix  2      [ ]         RAW                      1815     
unix  2      [ ]         RDM                      1816     
unix  2      [ ]         UNKNOWN    CONNECTED     1817     
unix  2      [ ]         UNKNOWN                  1818     
unix  4294967295 [ ]         STREAM     CONNECTED     1819     
unix  2      [ ]         DGRAM                    1821     @xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
unix  2      [ ]         DGRAM      CONNECTED     1822     /tmp/中文.sock
??    2      [ ]         STREAM     CONNECTED     1823     
--- stderr
