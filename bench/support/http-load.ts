// An HTTP load generator in a child process of its own, so it shares neither the server's event
// loop nor its CPU account (the bench charges process.cpuUsage() to the server). Closed loop by
// default: `connections` loops on a keep-alive agent share one counter over the requests, each
// request sent once. With `perSecond`, open loop: request i leaves at i / perSecond whether or not
// earlier ones were answered, as a lunch queue does. The whole run is bounded in time so a stuck
// server ends the bench.
import { spawn } from "node:child_process";
import { once } from "node:events";

export type LoadRequest = { path: string; headers: Record<string, string>; body: unknown };
export type Load = { ms: number[]; statuses: Record<string, number>; samples: string[]; elapsed: number };

// Plain JS: the child is evaluated as a string and does not go through tsx.
const LOAD_GENERATOR = `
const http = require("node:http");
process.once("message", async ({ port, requests, connections, deadlineMs, perSecond }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: perSecond ? 1000 : connections });
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
  const ms = [], statuses = {}, samples = [];
  const record = (r) => {
    ms.push(r.ms);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (r.status !== 200 && samples.length < 3) samples.push(r.status + " " + r.text.slice(0, 200));
  };
  let next = 0;
  const started = performance.now();
  if (perSecond) {
    const inFlight = [];
    while (next < requests.length && performance.now() - started < deadlineMs) {
      const due = started + (next * 1000) / perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      inFlight.push(post(requests[next++]).then(record));
    }
    await Promise.all(inFlight);
  } else {
    const loop = async () => {
      while (next < requests.length && performance.now() - started < deadlineMs) record(await post(requests[next++]));
    };
    await Promise.all(Array.from({ length: connections }, loop));
  }
  process.send({ ms, statuses, samples, elapsed: performance.now() - started }, () => process.exit(0));
});`;

export async function fire(
  port: number,
  requests: LoadRequest[],
  connections: number,
  deadlineMs: number,
  perSecond?: number,
): Promise<Load> {
  const child = spawn(process.execPath, ["-e", LOAD_GENERATOR], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  child.send({ port, requests, connections, deadlineMs, perSecond });
  const [result] = (await once(child, "message")) as [Load];
  return result;
}

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;
