import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !f.name.endsWith(".test.ts"))
    .map((f) => path.relative(root, path.join(f.parentPath, f.name)));
}

/** Ways a page has shown a date raw (2026-12-10) or outside the reader's language and WITA. */
const rawDate: Array<[RegExp, string]> = [
  [/\.dateTime\(|calendarDate\(|toLocale(?:Date|Time)?String\(|Intl\.DateTimeFormat/, "format dates with formatDate from lib/i18n/dates"],
  // A date field put straight into the page: {s.dueDate}, (${r.dataDate}); attribute values (={...}) are form fields.
  [/(?<![=\w])\{\s*[\w.?!]+\.(?:\w*Date|month|\w*At)\s*\}/, "a date field rendered as stored; pass it to formatDate"],
  [/\$\{[\w.?!]+\.(?:\w*Date|month|\w*At)\}/, "a date field written into text as stored; pass it to formatDate"],
];

describe("dates on screen", () => {
  const files = [...sources("app"), ...sources("components")];

  it("finds the pages and components to check", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it("go through formatDate: no raw ISO dates in app/ or components/", () => {
    const offences = files.flatMap((file) =>
      readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .flatMap((line, i) => rawDate.filter(([pattern]) => pattern.test(line)).map(([, why]) => `${file}:${i + 1}: ${why}\n    ${line.trim()}`)),
    );
    expect(offences).toEqual([]);
  });
});
