# the same as JSON
deviation: --netns is ours
needs: netns json
fixture: netns
args: --netns=4242 -anp --json
status: 0
--- stdout
[{"proto":"tcp","recv_q":0,"send_q":0,"local":{"address":"0.0.0.0","port":8080},"foreign":{"address":"0.0.0.0","port":0},"state":"LISTEN","uid":1000,"inode":5001,"pid":4242,"program":"app"},{"proto":"tcp","recv_q":0,"send_q":0,"local":{"address":"10.0.0.2","port":8080},"foreign":{"address":"10.0.0.1","port":54321},"state":"ESTABLISHED","uid":1000,"inode":5002,"pid":4242,"program":"app"},{"proto":"tcp6","recv_q":0,"send_q":0,"local":{"address":"::","port":80},"foreign":{"address":"::","port":0},"state":"LISTEN","uid":1000,"inode":5003,"pid":null,"program":null},{"proto":"udp","recv_q":0,"send_q":0,"local":{"address":"0.0.0.0","port":53},"foreign":{"address":"0.0.0.0","port":0},"state":null,"uid":1000,"inode":5004,"pid":null,"program":null},{"proto":"unix","refcnt":2,"flags":["ACC"],"type":"STREAM","state":"LISTENING","inode":5005,"path":"/run/app.sock","pid":4242,"program":"app"}]
--- stderr
