import { type MessagePort, receiveMessageOnPort, workerData } from "node:worker_threads";
import { NativeConnection, type Statement } from "./native-connection";

// The writer thread of db/native-writer.ts (threadWriter): one connection, and each group commit
// takes every batch that arrived while the one before was committing.

type Request = { id: number; batch: Statement[] };

const { path, port } = workerData as { path: string; port: MessagePort };
const connection = new NativeConnection(path);

port.on("message", (first: Request[]) => {
  let group = [...first];
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) group.push(...next.message);
  while (group.length) {
    const { outcomes, redo } = connection.commitGroup(group.map((r) => r.batch));
    // One message answers the whole group: a message each would cost both threads more than the answers.
    port.postMessage(group.flatMap(({ id }, i) => (redo.includes(i) ? [] : [{ id, outcome: outcomes[i]! }])));
    group = redo.map((i) => group[i]!);
  }
});
