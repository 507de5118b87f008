// Face matching over 1k, 10k and 100k enrolled descriptors: p50/p95 of matchFace, against a
// baseline measured in the same run (a plain full scan without the early exit).
import { DESCRIPTOR_LENGTH, matchFace } from "../api/identity/rules";

function randomUnit(): number[] {
  const v = Array.from({ length: DESCRIPTOR_LENGTH }, () => Math.random() - 0.5);
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

function fullScan(probe: number[], gallery: Float32Array, count: number) {
  let best = Infinity;
  for (let row = 0; row < count; row++) {
    let sum = 0;
    for (let i = 0; i < DESCRIPTOR_LENGTH; i++) {
      const d = probe[i]! - gallery[row * DESCRIPTOR_LENGTH + i]!;
      sum += d * d;
    }
    if (sum < best) best = sum;
  }
  return best;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

for (const size of [1_000, 10_000, 100_000]) {
  const gallery = new Float32Array(size * DESCRIPTOR_LENGTH);
  for (let i = 0; i < size; i++) gallery.set(randomUnit(), i * DESCRIPTOR_LENGTH);
  const refs = Array.from({ length: size }, (_, i) => `t${i}`);
  const runs = size >= 100_000 ? 50 : 200;
  const timed = (fn: (probe: number[]) => unknown) => {
    const times: number[] = [];
    for (let r = 0; r < runs + 10; r++) {
      const probe = randomUnit();
      const start = performance.now();
      fn(probe);
      if (r >= 10) times.push(performance.now() - start); // first runs warm the JIT
    }
    return times;
  };
  const match = timed((p) => matchFace(p, gallery, refs));
  const scan = timed((p) => fullScan(p, gallery, size));
  console.log(
    `${String(size).padStart(7)} descriptors  matchFace p50 ${percentile(match, 0.5).toFixed(2)} ms  p95 ${percentile(match, 0.95).toFixed(2)} ms` +
      `  | full-scan baseline p50 ${percentile(scan, 0.5).toFixed(2)} ms  (ratio ${(percentile(match, 0.5) / percentile(scan, 0.5)).toFixed(2)}×)`,
  );
}
