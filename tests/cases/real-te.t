fixture: real
args: -te
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       User       Inode     
tcp        0      0 localhost:35548         localhost:postgresql    ESTABLISHED root       11730     
tcp        1      0 localhost:35558         localhost:postgresql    CLOSE_WAIT  root       11738     
tcp        0      0 localhost:53476         localhost:ssh           TIME_WAIT   root       0         
tcp        0      0 localhost:postgresql    localhost:35558         FIN_WAIT2   root       11739     
tcp     1000      0 localhost:postgresql    localhost:35548         ESTABLISHED root       11731     
tcp       77      0 localhost:55952         localhost:http-alt      ESTABLISHED root       11732     
tcp6       0      0 127.0.0.1:http-alt      127.0.0.1:55952         ESTABLISHED root       11733     
tcp6       0      0 localhost:60810         localhost:redis         ESTABLISHED root       11734     
tcp6       0      0 localhost:redis         localhost:60810         ESTABLISHED root       11735     
--- stderr
