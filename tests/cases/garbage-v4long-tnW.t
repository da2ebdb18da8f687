# tcp rows whose remote IPv4 address has 40, 16 and 9 hex digits (first words palindromic, the same on big-endian)
deviation: net-tools reads an IPv4 address with sscanf("%X") into an unsigned int: up to 16 digits it keeps the low 32 bits (the last 8 digits: 000000007F00007F is 127.0.0.127, 7F00007F0 is 240.7.0.240), more saturate to 255.255.255.255; we read the first 8 digits, as for a full word (127.0.0.127, 0.0.0.0, 127.0.0.127)
fixture: garbage-v4long
args: -tnW
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 127.0.0.1:22            127.0.0.1:40000         ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.127:40001       ESTABLISHED
tcp        0      0 127.0.0.1:22            0.0.0.0:40002           ESTABLISHED
tcp        0      0 127.0.0.1:22            127.0.0.127:40003       ESTABLISHED
--- stderr
