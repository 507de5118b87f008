// A closed-loop HTTP load generator in a worker thread, so it does not share the server's event
// loop: `connections` loops on a keep-alive agent share one counter over the requests, each
// request sent once, the whole run bounded in time so a stuck server ends the bench.
import { once } from "node:events";
import { Worker } from "node:worker_threads";

export type LoadRequest = { path: string; headers: Record<string, string>; body: unknown };
export type Load = { ms: number[]; statuses: Record<string, number>; samples: string[]; elapsed: number };

// Plain JS: the worker is evaluated as a string and does not go through tsx.
const LOAD_GENERATOR = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const { port, requests, connections, deadlineMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const post = (r) => new Promise((resolve) => {
  const body = JSON.stringify(r.body);
  const started = performance.now();
  const req = http.request({ host: "127.0.0.1", port, path: r.path, method: "POST", agent, headers: {
    ...r.headers, "content-type": "application/json", "content-length": Buffer.byteLength(body),
  } }, (res) => {
    let text = "";
    res.setEncoding("utf8");
    res.on("data", (c) => (text += c));
    res.on("end", () => resolve({ status: res.statusCode, ms: performance.now() - started, text }));
  });
  req.on("error", (e) => resolve({ status: 0, ms: performance.now() - started, text: String(e) }));
  req.end(body);
});
(async () => {
  const ms = [], statuses = {}, samples = [];
  let next = 0;
  const started = performance.now();
  const loop = async () => {
    while (next < requests.length && performance.now() - started < deadlineMs) {
      const r = await post(requests[next++]);
      ms.push(r.ms);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status !== 200 && samples.length < 3) samples.push(r.status + " " + r.text.slice(0, 200));
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  parentPort.postMessage({ ms, statuses, samples, elapsed: performance.now() - started });
  agent.destroy();
})();`;

export async function fire(
  port: number,
  requests: LoadRequest[],
  connections: number,
  deadlineMs: number,
): Promise<Load> {
  const worker = new Worker(LOAD_GENERATOR, { eval: true, workerData: { port, requests, connections, deadlineMs } });
  const [result] = (await once(worker, "message")) as [Load];
  await worker.terminate();
  return result;
}

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
