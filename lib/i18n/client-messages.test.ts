import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { CLIENT_NAMESPACES, pickMessages } from "./client-messages";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap((d) => sources(path.resolve(d)))) {
      const code = readFileSync(file, "utf8");
      if (!/^["']use client["']/m.test(code)) continue;
      expect(code, `${file} reads the whole catalogue`).not.toMatch(/useTranslations\(\s*\)/);
      for (const m of code.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    // A namespace narrowed to some of its messages (dashboard.print) counts as covered; the
    // narrowing is checked by the second test.
    expect([...used].filter((n) => !CLIENT_NAMESPACES.some((c) => n === c || n.startsWith(`${c}.`) || c.startsWith(`${n}.`)))).toEqual([]);
  });

  it("are a small part of the catalogue, in the same nesting", () => {
    const picked = pickMessages(en);
    expect((picked.enums as Record<string, unknown>).priority).toEqual(en.enums.priority);
    expect(picked).not.toHaveProperty("home");
    expect(picked.dashboard).toEqual({ print: en.dashboard.print });
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(en).length / 2);
  });
});
