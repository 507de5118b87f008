import { MessageChannel, type MessagePort, Worker } from "node:worker_threads";
import type { NativeConnection, Outcome, RawResult, Statement } from "./native-connection";

/**
 * Where a file's writes run: each batch lands atomically, and concurrent batches share one group
 * commit (one transaction and one disk sync, a savepoint each); each caller is answered after the
 * COMMIT that made its batch durable.
 */
export type Writer = { write(batch: Statement[]): Promise<RawResult[]>; close(): void };

type Caller = { resolve: (r: RawResult[]) => void; reject: (e: unknown) => void };
type Waiting = Caller & { batch: Statement[] };

/** Answers a caller with its batch's outcome: the results, or an Error with SQLite's message and code. */
function answer(caller: Caller, outcome: Outcome) {
  if ("ok" in outcome) return caller.resolve(outcome.ok);
  caller.reject(Object.assign(new Error(outcome.err.message), outcome.err.code ? { code: outcome.err.code } : {}));
}

/**
 * Group commit on the calling thread: the batches asked for in one turn of the event loop commit
 * together. With synchronous=FULL the COMMIT waits for the disk with the event loop blocked; fine
 * for tests and command-line tools, not for a busy server (see threadWriter).
 */
export function inlineWriter(connection: NativeConnection): Writer {
  const pending: Waiting[] = [];
  const commit = () => {
    const group = pending.splice(0);
    const { outcomes, redo } = connection.commitGroup(group.map((w) => w.batch));
    group.forEach((w, i) => {
      if (!redo.includes(i)) answer(w, outcomes[i]!);
    });
    if (redo.length) {
      pending.unshift(...redo.map((i) => group[i]!));
      setImmediate(commit);
    }
  };
  return {
    write: (batch) =>
      new Promise((resolve, reject) => {
        pending.push({ batch, resolve, reject });
        if (pending.length === 1) setImmediate(commit);
      }),
    // The connection is the client's reading one, borrowed: the client closes it.
    close: () => {},
  };
}

/**
 * Group commit on a thread of its own (db/writer-thread.ts) with its own connection to the file:
 * the statements of a batch and the COMMIT's disk sync run there, so the event loop goes on serving
 * requests meanwhile, and on a second core. Batches sent while a group commits form the next group.
 * The main thread reads through its own connection; WAL lets it read while the writer commits.
 */
export function threadWriter(path: string): Writer {
  let thread: { worker: Worker; port: MessagePort } | null = null;
  const waiting = new Map<number, Caller>();
  let nextId = 1;
  const start = () => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(bootstrap(), { eval: true, workerData: { path, port: port2 }, transferList: [port2] });
    port1.on("message", (answers: { id: number; outcome: Outcome }[]) => {
      for (const { id, outcome } of answers) {
        const caller = waiting.get(id);
        waiting.delete(id);
        if (caller) answer(caller, outcome);
      }
    });
    // A thread that stopped fails what it was asked (its transaction rolled back); the next write starts another.
    const stopped = (err: unknown) => {
      if (thread?.worker !== worker) return;
      thread = null;
      port1.close();
      for (const caller of waiting.values()) caller.reject(err);
      waiting.clear();
    };
    worker.on("error", stopped);
    worker.on("exit", (code) => stopped(new Error(`The database writer stopped (exit ${code})`)));
    // Neither keeps the process alive by itself: a caller waiting on a write does.
    worker.unref();
    port1.unref();
    return { worker, port: port1 };
  };
  // The batches asked for in one turn of the event loop go to the thread in one message; until
  // then they are not the thread's, so a thread that stops meanwhile fails none of them.
  let outbox: Waiting[] = [];
  const send = () => {
    if (!outbox.length) return;
    const { port } = (thread ??= start());
    const requests = outbox.map(({ batch, ...caller }) => {
      const id = nextId++;
      waiting.set(id, caller);
      return { id, batch };
    });
    outbox = [];
    port.ref();
    try {
      port.postMessage(requests);
    } catch {
      // A value the thread cannot be sent (a DataCloneError) fails its own batch, not the turn's others.
      for (const request of requests) {
        try {
          port.postMessage([request]);
        } catch (err) {
          waiting.get(request.id)?.reject(err);
          waiting.delete(request.id);
        }
      }
    }
  };
  return {
    write: (batch) =>
      new Promise<RawResult[]>((resolve, reject) => {
        outbox.push({ batch, resolve, reject });
        if (outbox.length === 1) setImmediate(send);
      }).finally(() => {
        if (waiting.size === 0) thread?.port.unref();
      }),
    close: () => {
      const stopping = thread;
      thread = null;
      for (const caller of [...waiting.values(), ...outbox]) caller.reject(new Error("The database client is closed"));
      waiting.clear();
      outbox = [];
      stopping?.port.close();
      void stopping?.worker.terminate();
    },
  };
}

/**
 * The thread's first line. The built server (dist/server.mjs) has dist/writer-thread.mjs beside it;
 * run from source (tsx, vitest), the thread loads db/writer-thread.ts through tsx, as the main thread does.
 */
function bootstrap() {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = JSON.stringify(
    new URL(fromSource ? "./writer-thread.ts" : "./writer-thread.mjs", import.meta.url).href,
  );
  return fromSource
    ? `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })`
    : `import(${entry})`;
}
