import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const ADMIN = join(ROOT, "admin/src");
const FORM = "admin/src/components/form/form.tsx";

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".tsx") ? [join(dir, e.name)] : [],
  );

describe("the admin's forms", () => {
  it("are all the shared Form, so none shows the browser's own validation bubbles", () => {
    const raw = sources(ADMIN)
      .map((file) => relative(ROOT, file))
      .filter((file) => file !== FORM && /<form[\s>]/.test(readFileSync(join(ROOT, file), "utf8")));
    expect(raw).toEqual([]);
    expect(readFileSync(join(ROOT, FORM), "utf8")).toContain("noValidate");
  });

  it("put every input, select and text area in a field component, so its message is said next to it", () => {
    // The field components themselves; and two controls that are no form's field: the live search
    // for a person (its count is read as it changes) and the row picker whose label is the name cell.
    const fields = ["admin/src/components/field/", "admin/src/components/choice-group/"];
    const notFields = [
      "admin/src/components/staff-calls/person-search.tsx",
      "admin/src/components/pass-cards/pass-picker.tsx",
    ];
    const raw = sources(ADMIN)
      .map((file) => relative(ROOT, file))
      .filter((file) => !fields.some((dir) => file.startsWith(dir)) && !notFields.includes(file))
      .filter((file) => /<(input|select|textarea)[\s>]/.test(readFileSync(join(ROOT, file), "utf8")));
    expect(raw).toEqual([]);
  });
});
