# hostile-bytes: raw C1 bytes, UTF-8 C1, invalid/overlong/surrogate/truncated UTF-8, valid UTF-8, \ ESC DEL TAB
# text rule: printable ASCII and valid UTF-8 except C1 as they are; every other byte \xNN (\\ \n \t \r); checked against net-tools by decoding
deviation: net-tools prints program names raw, cutting "PID/name" at 19 bytes mid-character; ours escaped, cut between characters
fixture: hostile-bytes
args: -tanp
status: 0
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    
tcp        0      0 10.0.0.1:8080           0.0.0.0:*               LISTEN      600/allbytes        
tcp        0      0 10.0.0.1:8080           10.0.0.2:40000          ESTABLISHED 601/a\xc2\x80\xfe   
--- stderr
