# procs-tnp-exe-cmdline: as procs-tnp-cmdline: the tree has no exe links, so --exe names by argv[0] as -p does, and the command lines are whole
deviation: --exe and --cmdline are ours
needs: identity
fixture: procs
args: -tnp --exe --cmdline
status: 0
--- stdout
Active Internet connections (w/o servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name     Command line
tcp        0      0 10.0.0.1:1000           10.0.0.2:2000           ESTABLISHED 100/sshd             /usr/sbin/sshd -D
tcp        0      0 10.0.0.1:1001           10.0.0.2:2001           ESTABLISHED 101/                 
tcp        0      0 10.0.0.1:1002           10.0.0.2:2002           ESTABLISHED 102/nginx: master p  nginx: master process /usr/sbin/nginx -g daemon on;
tcp        0      0 10.0.0.1:1003           10.0.0.2:2003           ESTABLISHED 103/                 /usr/lib/
tcp        0      0 10.0.0.1:1004           10.0.0.2:2004           ESTABLISHED 104/./bin/server     ./bin/server --port 1000
tcp        0      0 10.0.0.1:1005           10.0.0.2:2005           ESTABLISHED 105/averyveryverylo  averyveryverylongprogramname
tcp        0      0 10.0.0.1:1006           10.0.0.2:2006           ESTABLISHED 106/name with space  /usr/bin/name with spaces arg
tcp        0      0 10.0.0.1:1007           10.0.0.2:2007           ESTABLISHED 107/second-owner     /usr/bin/second-owner
tcp        0      0 10.0.0.1:1008           10.0.0.2:2008           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:1009           10.0.0.2:2009           ESTABLISHED 120/gets-6010-too    /usr/bin/gets-6010-too
tcp        0      0 10.0.0.1:1010           10.0.0.2:2010           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:1011           10.0.0.2:2011           ESTABLISHED 112/postgres: check  postgres: checkpointer
tcp        0      0 10.0.0.1:1012           10.0.0.2:2012           ESTABLISHED 113/tail             /ddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd/tailname
tcp        0      0 10.0.0.1:1013           10.0.0.2:2013           ESTABLISHED 114/linkforms        /usr/bin/linkforms
tcp        0      0 10.0.0.1:1014           10.0.0.2:2014           ESTABLISHED 114/linkforms        /usr/bin/linkforms
tcp        0      0 10.0.0.1:1015           10.0.0.2:2015           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:1016           10.0.0.2:2016           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:1017           10.0.0.2:2017           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:1018           10.0.0.2:2018           ESTABLISHED 114/linkforms        /usr/bin/linkforms
tcp        0      0 10.0.0.1:1019           10.0.0.2:2019           ESTABLISHED 9999999/application  /opt/app/bin/application-server
tcp        0      0 10.0.0.1:1020           10.0.0.2:2020           ESTABLISHED 1234567890123456789  /x/y
tcp        0      0 10.0.0.1:1021           10.0.0.2:2021           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:1022           10.0.0.2:2022           ESTABLISHED 116/fdnames          /usr/bin/fdnames
tcp        0      0 10.0.0.1:3000           10.0.0.2:3001           ESTABLISHED -                    -
tcp        0      0 10.0.0.1:3002           10.0.0.2:3003           ESTABLISHED 114/linkforms        /usr/bin/linkforms
tcp        0      0 10.0.0.1:3004           10.0.0.2:3005           ESTABLISHED 115/hash-collision   /usr/bin/hash-collision
tcp        0      0 10.0.0.1:3006           10.0.0.2:3007           ESTABLISHED -                    -
--- stderr
