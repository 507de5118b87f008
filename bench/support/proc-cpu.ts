import { readFileSync } from "node:fs";

const TICKS = 100; // /proc's clock ticks per second on Linux

/**
 * utime + stime in ms from a /proc stat file: a process's (`/proc/<pid>/stat`, with its children
 * that have been waited for) or one thread's (`/proc/self/task/<tid>/stat`).
 */
export function cpuMsOf(statPath: string) {
  const fields = readFileSync(statPath, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
}

/** This process's main thread (its thread id is the process id): the event loop's own CPU. */
export const mainThreadCpuMs = () => cpuMsOf(`/proc/self/task/${process.pid}/stat`);
