/**
 * A door controller simulator on Node: the runtime-neutral controller (door-controller-core.ts)
 * served over HTTP, as a relay board would listen on the station's network.
 *
 *   npx tsx scripts/door-controller.ts --port 8787 --door <doorId>=<secret> [--door …]
 *   npx tsx scripts/door-controller.ts --demo      (the demo seed's two doors on port 8787)
 *
 * It prints each command it gets and its verdict; the browser test starts it in-process.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { DEMO_DOORS } from "../api/seed/demo-station";
import { createDoorController, type DoorControllerOptions } from "./door-controller-core";

export async function startDoorController(options: DoorControllerOptions & { port?: number }) {
  const controller = createDoorController(options);
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = await controller.handle(
      new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
        method: req.method ?? "GET",
        headers: { "content-type": req.headers["content-type"] ?? "application/json" },
        body: req.method === "POST" ? Buffer.concat(chunks).toString("utf8").slice(0, 10_000) : undefined,
      }),
    );
    res.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...controller,
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const doors: Record<string, string> = {};
  let port = 8787;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--port") port = Number(args[++i]);
    else if (args[i] === "--demo") for (const d of Object.values(DEMO_DOORS)) doors[d.id] = d.secret;
    else if (args[i] === "--door") {
      const [id, ...secret] = (args[++i] ?? "").split("=");
      if (id && secret.length) doors[id] = secret.join("=");
    }
  }
  const controller = await startDoorController({ doors, port });
  console.log(`door controller listening on ${controller.url} for ${Object.keys(doors).length} door(s)`);
  let shown = 0;
  setInterval(() => {
    for (const e of controller.events.slice(shown))
      console.log(`${new Date(e.at).toISOString()} door=${e.command.door} ${e.verdict} → ${e.status}`);
    shown = controller.events.length;
  }, 250);
}
