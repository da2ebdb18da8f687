# net/tcp is a symlink loop (ELOOP), net/tcp6 holds a connection and a listener
deviation: net-tools perror()s /proc/net/tcp and returns -1 from tcp_info() before it opens tcp6 (INFO_GUTS6), so it lists nothing and exits 255; we print the same message and status but list tcp6 too
fixture: garbage-tcploop
args: -tan
status: 255
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 2001:db8:aaaa:bbbb:c:22 2001:db8::2:50000       ESTABLISHED
tcp6       0      0 :::22                   :::*                    LISTEN     
--- stderr
/proc/net/tcp: Too many levels of symbolic links
