# a table that cannot be opened for another reason than ENOENT/EACCES: perror and exit 255; IPv6 tables are never reported
fixture: netloop
args: -an
status: 255
--- stdout
Active Internet connections (servers and established)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 0.0.0.0:22              0.0.0.0:*               LISTEN     
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
--- stderr
/proc/net/udp: Too many levels of symbolic links
