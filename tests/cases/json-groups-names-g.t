# -g's table (groups-names-g.t) as objects
deviation: --json is ours
needs: json groups
fixture: groups-names
args: -g --json
status: 0
--- stdout
[{"Interface":"lo","RefCnt":1,"Group":"localhost"},{"Interface":"lo","RefCnt":1,"Group":"224.0.0.1"},{"Interface":"lo","RefCnt":1,"Group":"0.0.0.0"},{"Interface":"lo","RefCnt":1,"Group":"0.0.0.5"},{"Interface":"lo","RefCnt":1,"Group":"localhost"},{"Interface":"lo","RefCnt":1,"Group":"[::]"},{"Interface":"lo","RefCnt":1,"Group":"127.0.0.1"},{"Interface":"lo","RefCnt":1,"Group":"ff02::1"}]
--- stderr
