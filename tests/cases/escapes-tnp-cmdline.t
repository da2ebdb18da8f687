# escapes-tnp-cmdline: escapes-tnp.t (net-tools) with the hostile command lines escaped, whole
deviation: --cmdline is ours
needs: identity
fixture: escapes
args: -tnp --cmdline
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name     Command line
tcp        0      0 10.0.0.1:100            10.0.0.2:200            ESTABLISHED 500/evil\x1b[31mred  /usr/bin/evil\x1b[31mred
tcp        0      0 10.0.0.1:101            10.0.0.2:201            ESTABLISHED 501/line1\nline2     line1\nline2
tcp        0      0 10.0.0.1:102            10.0.0.2:202            ESTABLISHED 502/tab\there        tab\there
tcp        0      0 10.0.0.1:103            10.0.0.2:203            ESTABLISHED 503/back\\slash      back\\slash
tcp        0      0 10.0.0.1:104            10.0.0.2:204            ESTABLISHED 504/abcdefghijklmno  /x/abcdefghijklmno\x01pq
tcp        0      0 10.0.0.1:105            10.0.0.2:205            ESTABLISHED 505/abcdefghijklmn   /x/abcdefghijklmn\x01pq
tcp        0      0 10.0.0.1:106            10.0.0.2:206            ESTABLISHED 506/del\x7fé        /x/del\x7fé
tcp        0      0 10.0.0.1:107            10.0.0.2:207            ESTABLISHED 507/cr\r             /x/cr\r
--- stderr
