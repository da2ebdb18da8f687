fixture: escapes
args: -tn
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
tcp        0      0 10.0.0.1:100            10.0.0.2:200            ESTABLISHED
tcp        0      0 10.0.0.1:101            10.0.0.2:201            ESTABLISHED
tcp        0      0 10.0.0.1:102            10.0.0.2:202            ESTABLISHED
tcp        0      0 10.0.0.1:103            10.0.0.2:203            ESTABLISHED
tcp        0      0 10.0.0.1:104            10.0.0.2:204            ESTABLISHED
tcp        0      0 10.0.0.1:105            10.0.0.2:205            ESTABLISHED
tcp        0      0 10.0.0.1:106            10.0.0.2:206            ESTABLISHED
tcp        0      0 10.0.0.1:107            10.0.0.2:207            ESTABLISHED
--- stderr
