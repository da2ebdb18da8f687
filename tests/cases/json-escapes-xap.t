# hostile paths and program names (escapes-xap.t): JSON escapes, invalid UTF-8 as \\u00XX
deviation: --json is ours
needs: json
fixture: escapes
args: -xap --json
status: 0
--- stdout
[{"proto":"unix","refcnt":2,"flags":["ACC"],"type":"STREAM","state":"LISTENING","inode":8101,"path":"/tmp/with space/sock","pid":500,"program":"evil\u001b[31mred"},{"proto":"unix","refcnt":3,"flags":[],"type":"STREAM","state":"CONNECTED","inode":8102,"path":"@abstract\u001bname","pid":501,"program":"line1\u000aline2"},{"proto":"unix","refcnt":3,"flags":[],"type":"STREAM","state":"CONNECTED","inode":8103,"path":"/tmp/tab\u0009here","pid":507,"program":"cr\u000d"},{"proto":"unix","refcnt":3,"flags":[],"type":"DGRAM","state":"CONNECTED","inode":8104,"path":"/tmp/back\\slash","pid":null,"program":null},{"proto":"unix","refcnt":3,"flags":[],"type":"DGRAM","state":"CONNECTED","inode":8105,"path":"/tmp/del\u007f\u0001end","pid":null,"program":null},{"proto":"unix","refcnt":3,"flags":[],"type":"DGRAM","state":"CONNECTED","inode":8106,"path":"/tmp/cr\u000dhere","pid":null,"program":null},{"proto":"unix","refcnt":3,"flags":[],"type":"DGRAM","state":"CONNECTED","inode":8107,"path":"/tmp/utf8-é","pid":null,"program":null},{"proto":"unix","refcnt":3,"flags":[],"type":"DGRAM","state":"CONNECTED","inode":8108,"path":"/tmp/two  spaces and\u001b[0m","pid":null,"program":null},{"proto":"unix","refcnt":3,"flags":[],"type":"DGRAM","state":"CONNECTED","inode":8109,"path":"/tmp/trailing  ","pid":null,"program":null}]
--- stderr
