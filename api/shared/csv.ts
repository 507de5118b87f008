/**
 * One CSV cell, safe to open in Excel (where street offices read claims): quoted when it holds a
 * comma, quote or line break, and a text starting with = + - @ or a tab/CR is prefixed with ' so
 * a resident's name such as "=HYPERLINK(…)" stays text instead of running as a formula. Plain
 * numbers, negative amounts included, stay numbers.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value !== "number" && !/^-?\d+(\.\d+)?$/.test(text) && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A Content-Disposition for a download (RFC 6266): an ASCII `filename` for old clients and the
 * exact name as UTF-8 in `filename*`. Whatever the name holds (Chinese, quotes, CR/LF), the header
 * stays one valid line, so a query value can never break it or add parameters.
 */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
