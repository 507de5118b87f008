// PROFILE=<file.cpuprofile>: a CPU profile of the server's process over one bench phase (the same
// format as `node --cpu-prof`, for Chrome's DevTools), and the heaviest functions printed by self
// time and by where they live (our code, drizzle, hono, zod, libsql, node).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export async function profiled<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  try {
    return await run();
  } finally {
    const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
    summarise(profile);
  }
}

const AREAS: [string, RegExp][] = [
  ["drizzle", /drizzle-orm/],
  ["zod", /\/zod\//],
  ["hono", /\/hono\/|@hono\//],
  ["libsql", /libsql/],
  ["app", /\/(api|db)\//],
];

function summarise(profile: Profile) {
  const total = profile.nodes.reduce((n, x) => n + (x.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^.*node_modules\//, "").replace(/^.*\/wt-[^/]+\//, "");
    const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    const area = url
      ? (AREAS.find(([, re]) => re.test(url))?.[0] ?? (url.startsWith("node:") ? "node" : "other"))
      : functionName;
    byArea.set(area, (byArea.get(area) ?? 0) + hits);
  }
  // Inclusive time of our own functions (api/, db/, bench/): each sample counts once per function on its stack.
  const parent = new Map<number, Node>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const inclusive = new Map<string, number>();
  for (const [id, node] of byId) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const seen = new Set<string>();
    for (let at: Node | undefined = node; at; at = parent.get(at.id)) {
      const { functionName, url, lineNumber } = at.callFrame;
      if (!/\/(api|db)\//.test(url) || url.includes("node_modules")) continue;
      seen.add(`${functionName || "(anonymous)"} ${url.replace(/^.*\/wt-[^/]+\//, "")}:${lineNumber + 1}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + hits);
    void id;
  }
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
  console.log("\nCPU profile by area:");
  for (const [k, v] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(`${pct(v)}  ${k}`);
  console.log("our functions (inclusive):");
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${pct(v)}  ${k}`);
  console.log("heaviest functions (self time):");
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${pct(v)}  ${k}`);
}
