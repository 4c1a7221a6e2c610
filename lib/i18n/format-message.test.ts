import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import id from "../../messages/id.json";
import { pickMessages } from "./client-messages";
import { formatMessage } from "./format-message";

type Messages = { [key: string]: string | Messages };
function flatten(messages: Messages, prefix = ""): Array<[string, string]> {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

describe("the browser's message formatter", () => {
  // Every message the client components read, in both languages, with several numbers: the same text as next-intl's.
  for (const [locale, catalogue] of [
    ["id", id],
    ["en", en],
  ] as const) {
    it(`formats every client message as next-intl does (${locale})`, () => {
      const t = createTranslator({ locale, messages: catalogue as never });
      const messages = flatten(pickMessages(catalogue as Messages));
      expect(messages.length).toBeGreaterThan(100);
      for (const n of [0, 1, 2, 1234]) {
        for (const [key, message] of messages) {
          const values: Record<string, string | number> = {};
          for (const m of message.matchAll(/\{\s*(\w+)\s*(,\s*(\w+))?/g)) values[m[1]!] = m[3] ? n : `«${m[1]}»`;
          expect({ key, text: formatMessage(message, values, locale) }).toEqual({ key, text: (t as unknown as (k: string, v: object) => string)(key, values) });
        }
      }
    });
  }

  it("picks exact plural cases, the locale's plural category and formats #", () => {
    const message = "{count, plural, =0 {none} one {# item} other {# items}}";
    expect([0, 1, 2, 1500].map((count) => formatMessage(message, { count }, "en"))).toEqual(["none", "1 item", "2 items", "1,500 items"]);
    expect(formatMessage("{n, number} dari {total}", { n: 1500, total: "x" }, "id")).toBe("1.500 dari x");
    expect(formatMessage("{kind, select, a {A {n}} other {B}}", { kind: "a", n: 3 })).toBe("A 3");
  });
});
