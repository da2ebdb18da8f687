# tcp6 rows whose remote address has 16, 8 and 16 hex digits, then one whose local address has 16
# (the short fields are zeros or palindromic words: the same on big-endian, where beswap.sh leaves them)
deviation: net-tools reads the remote address with sscanf("%08X%08X%08X%08X") into the in6_addr that still holds the local address, so the words the field lacks are the local address's (::cccc:dddd:eeee:1), and a short local address keeps the words of the row before's remote one (uninitialised stack: 2001:120:2001:120:cccc:dddd:eeee:1); we print the words the field has and 0 for the rest (::, 2001:120:2001:120::)
fixture: garbage-v6short
args: -tnW
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp6       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1:22 2001:db8::2:50000       ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1:22 :::50001                ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1:22 :::50002                ESTABLISHED
tcp6       0      0 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1:22 2001:120:2001:120:::50003 ESTABLISHED
tcp6       0      0 2001:120:2001:120:::22  2001:db8::2:50004       ESTABLISHED
--- stderr
