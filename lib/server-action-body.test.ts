import { describe, expect, it } from "vitest";
import { isMalformedServerAction } from "./server-action-body";

// A FormData body sets its own multipart content type, as the browser does.
const call = (
  body: BodyInit | null,
  headers: Record<string, string> = body instanceof FormData
    ? { "next-action": "7f00" }
    : { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" },
) => new Request("http://localhost/meetings/1", { method: "POST", headers, body });
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("server action bodies the React client would never send", () => {
  it.each([
    ["an empty body", ""],
    ["JSON null", "null"],
    ["a bare string", '"x"'],
    ["an object", "{}"],
    ["broken JSON", "[1,"],
    ["1,001 arguments", JSON.stringify(Array.from({ length: 1001 }, (_, i) => i))],
  ])("are refused: %s", async (_, body) => {
    expect(await isMalformedServerAction(call(body))).toBe(true);
  });

  it("are refused as multipart forms without an argument list", async () => {
    expect(await isMalformedServerAction(call(form({})))).toBe(true);
    expect(await isMalformedServerAction(call(form({ "0": "null" })))).toBe(true);
    expect(await isMalformedServerAction(call(form({ "0": "{garbage" })))).toBe(true);
  });

  it("let through what React sends, and everything that is not a server action call", async () => {
    expect(await isMalformedServerAction(call('["$K1"]'))).toBe(false);
    expect(await isMalformedServerAction(call(JSON.stringify(Array.from({ length: 1000 }, () => 0))))).toBe(false);
    expect(await isMalformedServerAction(call(form({ "0": '[{"ok":true},"$K1"]', "1_title": "Rakor" })))).toBe(false);
    expect(await isMalformedServerAction(call("null", { "content-type": "text/plain" }))).toBe(false);
    expect(await isMalformedServerAction(new Request("http://localhost/", { headers: { "next-action": "7f00" } }))).toBe(false);
  });
});
