// Starts @firestore-emulator/server on 127.0.0.1 (its own start() binds 0.0.0.0) on the given
// port (0 = any free one), prints "READY <port>", and serves "clear" commands on stdin so the
// tests can reset data between cases. Exits when stdin closes, so it never outlives its test run.
const { FirestoreServer } = require("@firestore-emulator/server");
const { ServerCredentials } = require("@grpc/grpc-js");
const readline = require("node:readline");

const emulator = new FirestoreServer();
const port = Number(process.argv[2] || 0);
emulator.server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (err, bound) => {
  if (err) {
    console.error(`cannot bind: ${err.message}`);
    process.exit(1);
  }
  process.stdout.write(`READY ${bound}\n`);
});

const input = readline.createInterface({ input: process.stdin });
input.on("line", (line) => {
  if (line.trim() === "clear") {
    emulator.state.clear();
    process.stdout.write("cleared\n");
  }
});
input.on("close", () => {
  emulator.stop();
  process.exit(0);
});
