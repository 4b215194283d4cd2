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

// The npm emulator ignores query cursors (start_at / end_at) and ordering by document name,
// both of which Firestore applies (the app pages lists with them). Such queries are answered
// here as Firestore documents them: the emulator's own filters, then every order with ties
// broken by the next one, then the cursor, then the limit.
const DESCENDING = 2;
const state = emulator.state;
const plainQuery = state.v1Query.bind(state);

function valueKey(value) {
  if (!value) return null;
  if (value.timestamp_value) {
    const { seconds = 0, nanos = 0 } = value.timestamp_value;
    return BigInt(seconds) * 1000000000n + BigInt(nanos);
  }
  if (value.reference_value !== undefined) return value.reference_value.split("/").pop();
  for (const kind of ["integer_value", "double_value", "string_value", "boolean_value"]) {
    if (value[kind] !== undefined) return value[kind];
  }
  return JSON.stringify(value);
}

// A cursor's values arrive as protobuf messages whose plain-object form fills every field of
// the value's oneof with its default: only the kind it names is the value.
function cursorKey(value) {
  const kind = value.value_type;
  return kind === "none" ? null : valueKey({ [kind]: value.toObject()[kind] });
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

state.v1Query = (parent, query) => {
  const orders = query.order_by.map((order) => ({
    path: order.field.field_path,
    descending: order.direction === DESCENDING,
  }));
  const byName = orders.some((order) => order.path === "__name__");
  if (!query.has_start_at && !query.has_end_at && !byName) return plainQuery(parent, query);
  const limit = query.has_limit ? query.limit.value : null;
  const cursorOf = (cursor) => ({ before: cursor.before, values: cursor.values.map(cursorKey) });
  const startAt = query.has_start_at ? cursorOf(query.start_at) : null;
  const endAt = query.has_end_at ? cursorOf(query.end_at) : null;
  query.limit = undefined;
  query.start_at = undefined;
  query.end_at = undefined;
  const keyOf = (document) =>
    orders.map((order) =>
      order.path === "__name__"
        ? document.name
        : valueKey(document.getField(order.path)?.toV1ValueObject()),
    );
  const compareKeys = (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      const result = compare(a[i], b[i]) * (orders[i].descending ? -1 : 1);
      if (result !== 0) return result;
    }
    return 0;
  };
  let documents = plainQuery(parent, query).map((document) => [keyOf(document), document]);
  documents.sort((a, b) => compareKeys(a[0], b[0]));
  if (startAt) {
    const cursor = startAt.values;
    documents = documents.filter(([key]) => {
      const result = compareKeys(key, cursor);
      return startAt.before ? result >= 0 : result > 0;
    });
  }
  if (endAt) {
    const cursor = endAt.values;
    documents = documents.filter(([key]) => {
      const result = compareKeys(key, cursor);
      return endAt.before ? result < 0 : result <= 0;
    });
  }
  const found = documents.map(([, document]) => document);
  return limit === null ? found : found.slice(0, limit);
};

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
