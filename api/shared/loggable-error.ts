import { DrizzleQueryError } from "drizzle-orm";

/**
 * An error as it may be logged: names, messages and where it was thrown, through its causes, but
 * never a query's parameters. Drizzle puts them in its message ("params: …"), and they are
 * residents' names, phone numbers, addresses: personal data that must not reach a log.
 */
export function loggableError(err: unknown): string {
  const lines: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e !== undefined && depth < 5; depth++, e = e instanceof Error ? e.cause : undefined) {
    if (!(e instanceof Error)) {
      lines.push(`${depth ? "caused by " : ""}${typeof e}`);
      break;
    }
    const message = e instanceof DrizzleQueryError ? `failed query: ${e.query}` : e.message;
    lines.push(`${depth ? "caused by " : ""}${e.name}: ${message}`);
    if (depth === 0) lines.push(...(e.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line)));
  }
  return lines.join("\n");
}
