# hostile-bytes: raw C1 bytes, UTF-8 C1, invalid/overlong/surrogate/truncated UTF-8, valid UTF-8, \ ESC DEL TAB
# text rule: printable ASCII and valid UTF-8 except C1 as they are; every other byte \xNN (\\ \n \t \r); checked against net-tools by decoding
deviation: as hostile-bytes-xap
fixture: hostile-bytes
args: -xapW
status: 0
--- stdout
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   PID/Program name     Path
unix  2      [ ACC ]     STREAM     LISTENING     20001    600/allbytes         /tmp/raw-\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f
unix  3      [ ]         STREAM     CONNECTED     20002    601/a\xc2\x80\xfe    /tmp/c1-\xc2\x80-\xc2\x9b[31m-\xc2\x9f-nbsp end
unix  3      [ ]         STREAM     CONNECTED     20003    601/a\xc2\x80\xfe    /tmp/bad-\xff-\xfe-\xc0\xaf-\xc1\xbf-\xe2\x82x
unix  3      [ ]         DGRAM      CONNECTED     20004    602/€uro-日本    /tmp/trunc-\xe2\x82
unix  3      [ ]         DGRAM      CONNECTED     20005    602/€uro-日本    /tmp/ok-é€😀-􏿿
unix  3      [ ]         SEQPACKET  CONNECTED     20006    603/./ab😀😀     /tmp/back\\slash\\x41\\
unix  3      [ ]         DGRAM      CONNECTED     20007    603/./ab😀😀     @esc\x1b[31m-del\x7f-tab\tafter-tab
unix  3      [ ]         DGRAM      CONNECTED     20008    -                    /tmp/more-\xed\xa0\x80-\xf4\x90\x80\x80-\xe0\x80\xaf-\xf0\x82\x82\xac-\xf8\x88\x80\x80\x80-\xc2
--- stderr
