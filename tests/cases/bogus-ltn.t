fixture: bogus
args: -ltn
status: 0
--- stdout
Active Internet connections (only servers)
Proto Recv-Q Send-Q Local Address           Foreign Address         State      
--- stderr
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
warning, got bogus tcp line.
