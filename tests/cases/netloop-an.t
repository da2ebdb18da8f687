# udp and unix are symlink loops: each perror()ed, the tables between them still listed, exit 255; IPv6 tables are never reported
deviation: net-tools stops at the first table it cannot read (udp); we report each (udp, unix), list the tables between them, and keep its status 255
fixture: netloop
args: -an
status: 255
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
Active UNIX domain sockets (servers and established)
Proto RefCnt Flags       Type       State         I-Node   Path
--- stderr
/proc/net/udp: Too many levels of symbolic links
/proc/net/unix: Too many levels of symbolic links
