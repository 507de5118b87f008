import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A port nobody listens on now, for a server the test starts. */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

// api/node.ts prints this once it has migrated, seeded, run the duties and bound its port.
const READY = "Linli listening on";

/**
 * Waits for a spawned server to say it listens (or to exit, or for `ms` to pass), then asks
 * /api/health once: an event to wait for, not a poll. `output` gathers what the server printed,
 * for the error when it never became ready.
 */
export async function untilServing(child: ChildProcess, baseUrl: string, ms = 60_000) {
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening after ${ms / 1000} s`)), ms).unref();
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(READY)) clearTimeout(timer), resolve();
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => (clearTimeout(timer), reject(new Error(`exited with ${code}`))));
  });
  try {
    await ready;
    const health = await fetch(`${baseUrl}/api/health`);
    if (!health.ok) throw new Error(`GET /api/health answered ${health.status}`);
  } catch (err) {
    throw new Error(`The server at ${baseUrl} did not start: ${(err as Error).message}\n${output}`);
  }
  return () => output;
}
