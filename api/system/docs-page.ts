import { html, raw } from "hono/html";

type OpenApiDoc = {
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[] }>>;
};

// Generated from the OpenAPI document itself and served from here: kiosks and staff PCs may be
// offline, and the CSP forbids loading a docs bundle from a CDN.
export function renderDocsPage(doc: OpenApiDoc) {
  const byTag = new Map<string, { method: string; path: string; operationId: string; summary: string }[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? "other";
      byTag.set(tag, [
        ...(byTag.get(tag) ?? []),
        { method: method.toUpperCase(), path, operationId: op.operationId ?? "", summary: op.summary ?? "" },
      ]);
    }
  }
  const sections = [...byTag.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([tag, ops]) =>
        html`<section><h2>${tag}</h2><table><thead><tr><th>Method</th><th>Path</th><th>Operation</th><th>Summary</th></tr></thead><tbody>${ops.map(
          (o) =>
            html`<tr><td><code>${o.method}</code></td><td><code>${o.path}</code></td><td><code>${o.operationId}</code></td><td>${o.summary}</td></tr>`,
        )}</tbody></table></section>`,
    );
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${doc.info.title} API</title>
<style>${raw("body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#111}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left}code{font-size:.95em}")}</style></head>
<body><main><h1>${doc.info.title} API ${doc.info.version}</h1><p>The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>${sections}</main></body></html>`;
}
