import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canteenScene } from "../support/canteen";
import { makeCommunity, makeCourier, makeResident, makeStudyRoom, topUpCard } from "../support/factories";
import { openedSession } from "../support/kiosk-sessions";
import { signedInStaff } from "../support/signed-in";
import type { TestApp } from "../support/test-app";

// OpenAPI-driven fuzz: every operation in /api/openapi.json is called with seeded, mostly broken
// input built from its own schema (wrong types, impossible dates, CR/LF, formulas, huge numbers,
// real and unknown ids), signed in as staff or as a kiosk session. No answer may be a 5xx, and
// every error must be the one envelope.
const REQUESTS = Number(process.env.PROOF_FUZZ_REQUESTS ?? 5_000);
const SEED = 20_261_123;

/** mulberry32: a small seeded PRNG, so a failure names its seed and request number. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const rand = prng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const NASTY_STRINGS = [
  "",
  " ",
  "0000-00-00",
  "9999-12-31",
  "2026-02-30",
  "9999-99-99T23:59",
  "2026-11-23T25:61",
  '=HYPERLINK("x")',
  "a\r\nX-Injected: 1",
  '"; filename=evil',
  "' OR 1=1 --",
  "街道补贴",
  "\u0000",
  "x".repeat(5_000),
  "NaN",
  "-1",
  "../../etc/passwd",
  "LP1.nobody-xxxxxxxx",
  "LR1.x.y",
];
const NASTY_NUMBERS = [0, -1, 1, 2 ** 53, -(2 ** 53), 1e308, 0.5, 99_999_999, -99_999_999];

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  example?: unknown;
};

let t: TestApp;
let doc: { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };
const ids: Record<string, string[]> = {};
let staffCookie = "";
let kioskHeaders: Record<string, string> = {};
let refreshAuth: () => Promise<void>;

beforeAll(async () => {
  const scene = await canteenScene("2026-11-23T01:00:00Z");
  t = scene.t;
  const { community, kiosk } = scene;
  const room = await makeStudyRoom(t.db, community.id, 4);
  const resident = await makeResident(t.db, community.id);
  await topUpCard(t.db, community.id, resident.id, 50_000);
  const courier = await makeCourier(t.db, community.id);
  const other = await makeCommunity(t.db);
  ids.communityId = [community.id, community.id, community.id, other.id];
  ids.any = [resident.id, courier.id, kiosk.id, room.seats[0]!.id, room.facilityId, crypto.randomUUID(), "x"];
  refreshAuth = async () => {
    staffCookie = (await signedInStaff(t, community)).cookie;
    kioskHeaders = await openedSession(t, kiosk, { kind: "resident", id: resident.id });
  };
  await refreshAuth();
  doc = await (await t.app.request("http://localhost/api/openapi.json")).json();
});
afterAll(() => t.cleanup());

function resolve(schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split("/").pop()!]);
  return schema;
}

/** A value for a schema: usually plausible (so deeper code runs), sometimes broken. */
function valueFor(raw: Schema | undefined, depth = 0): unknown {
  const schema = resolve(raw);
  if (rand() < 0.15 || depth > 4) return pick<unknown>([...NASTY_STRINGS, ...NASTY_NUMBERS, null, true, [], {}]);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return valueFor(pick(variants), depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => valueFor(s, depth + 1)));
  if (schema.enum) return pick(schema.enum);
  const type = Array.isArray(schema.type) ? pick(schema.type) : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(schema.properties ?? {})) if (rand() < 0.9) out[k] = valueFor(v, depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: Math.floor(rand() * 3) }, () => valueFor(schema.items, depth + 1));
    case "integer":
    case "number":
      return rand() < 0.5 ? Math.floor(rand() * 3_000) : pick(NASTY_NUMBERS);
    case "boolean":
      return rand() < 0.5;
    case "null":
      return null;
    default:
      if (schema.example !== undefined && rand() < 0.4) return schema.example;
      if (schema.format === "date-time") return pick(["2026-11-23T03:00:00Z", "9999-12-31T23:59:59Z", "2026-11-23"]);
      if (schema.format === "date") return pick(["2026-11-23", "0000-00-00", "2026-02-30"]);
      return rand() < 0.5 ? pick(ids.any!) : pick(NASTY_STRINGS);
  }
}

type Operation = { method: string; path: string; op: any };

function operations(): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ["get", "post", "put", "patch", "delete"].includes(method))
      // An event stream never ends; signing out ends the fuzzer's own session.
      .filter(([, op]) => !/stream/i.test(op.operationId ?? "") && op.operationId !== "signOut")
      .map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}

function buildRequest({ method, path, op }: Operation) {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(name === "communityId" ? pick(ids.communityId!) : valueFor({ type: "string" }))),
  );
  const query = new URLSearchParams();
  for (const p of (op.parameters ?? []) as { in: string; name: string; schema?: Schema }[]) {
    if (p.in === "query" && rand() < 0.8) query.set(p.name, String(valueFor(p.schema)));
  }
  const headers: Record<string, string> = path.startsWith("/api/kiosk") ? { ...kioskHeaders } : { cookie: staffCookie };
  let body: string | undefined;
  const schema = op.requestBody?.content?.["application/json"]?.schema;
  if (schema || (method !== "GET" && rand() < 0.3)) {
    headers["content-type"] = "application/json";
    body = rand() < 0.05 ? "{not json" : JSON.stringify(valueFor(schema));
  }
  const qs = query.toString();
  return { url: `http://localhost${url}${qs ? `?${qs}` : ""}`, init: { method, headers, body } };
}

describe("the API under seeded fuzz from its own OpenAPI document", () => {
  it(`answers ${REQUESTS} malformed requests with no 5xx and every error in the envelope`, async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(50);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      if (i > 0 && i % 500 === 0) await refreshAuth(); // a fuzzed call may disable the admin or end the session
      const op = ops[i % ops.length]!;
      const { url, init } = buildRequest(op);
      const res = await t.app.request(url, init);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const text = await res.text();
      const where = `#${i} seed ${SEED} ${init.method} ${url.slice(0, 200)} → ${res.status}`;
      if (res.status >= 500) failures.push(`${where} ${text.slice(0, 300)}`);
      else if (res.status >= 400) {
        let envelope: any = null;
        try {
          envelope = JSON.parse(text);
        } catch {}
        const e = envelope?.error;
        if (!(typeof e?.code === "string" && typeof e?.message === "string" && typeof e?.requestId === "string"))
          failures.push(`${where} not the envelope: ${text.slice(0, 200)}`);
      }
    }
    console.info("fuzz statuses", Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
