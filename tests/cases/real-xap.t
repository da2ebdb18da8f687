fixture: real
args: -xap
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ]         DGRAM                    11758    1240/sshd: root@pts  
unix  3      [ ]         STREAM     CONNECTED     11759    1240/sshd: root@pts  
unix  3      [ ]         STREAM     CONNECTING    0        -                    @fx-abstract
unix  3      [ ]         STREAM     CONNECTED     11756    1240/sshd: root@pts  
unix  3      [ ]         STREAM     CONNECTED     11751    1234/python3         
unix  3      [ ]         STREAM     CONNECTED     11752    1240/sshd: root@pts  /tmp/fxwork/real.sock
unix  3      [ ]         STREAM     CONNECTED     11757    1240/sshd: root@pts  
unix  2      [ ACC ]     STREAM     LISTENING     11750    1234/python3         /tmp/fxwork/real.sock
unix  2      [ ]         DGRAM                    11754    1240/sshd: root@pts  /tmp/fxwork/real.dgram
unix  2      [ ACC ]     STREAM     LISTENING     11753    1240/sshd: root@pts  @fx-abstract
unix  2      [ ACC ]     SEQPACKET  LISTENING     11755    1240/sshd: root@pts  @fx-seq
--- stderr
