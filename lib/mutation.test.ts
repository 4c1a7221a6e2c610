import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import messages from "@/messages/id.json";
import { FieldError } from "./errors";
import { idField, numberField, rows } from "./form-fields";
import { mutation } from "./mutation";

// The wrapper's own work (turning refusals into what the form shows) without a session store:
// the signed-in user is a secretariat clerk, messages are the Indonesian catalogue.
const signedIn = vi.hoisted(() => ({ user: { id: 1, role: "secretariat", agencyId: null, active: true, mustEnrolTwoFactor: false } }));
vi.mock("@/lib/auth/session", () => ({ requireUser: async () => signedIn.user }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "errors") => {
    const catalogue = messages[namespace] as Record<string, string>;
    const t = (key: string, values?: Record<string, string | number>) =>
      (catalogue[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ""));
    return Object.assign(t, { has: (key: string) => key in catalogue });
  },
}));

const schema = z.object({ version: z.coerce.number().int().nonnegative("invalid"), title: z.string().trim().min(1, "required") });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("the answer a form gets from a server action", () => {
  it("says a refusal of the whole form in words, at the top, with its reason, and keeps what was typed", async () => {
    const save = mutation("meeting.update", schema, async () => {
      throw new FieldError("form", "staleMeeting");
    });
    const answer = await save({ ok: true }, form({ version: "3", title: "Rakor Juli" }));
    expect(answer).toMatchObject({ ok: false, message: messages.errors.staleMeeting, reason: "staleMeeting", values: { title: "Rakor Juli" } });
    expect(answer.ok === false && answer.fieldErrors).toBeFalsy();
  });

  it.each([["notFound"], ["forbidden"], ["actionVerified"], ["meetingLocked"]] as const)("says %s instead of asking to check the fields", async (key) => {
    const save = mutation("meeting.update", schema, async () => {
      throw new FieldError("form", key);
    });
    expect(await save({ ok: true }, form({ version: "1", title: "x" }))).toMatchObject({ ok: false, message: messages.errors[key], reason: key });
  });

  it("marks a field the domain refused and repeats its reason at the top", async () => {
    const save = mutation("meeting.update", schema, async () => {
      throw new FieldError("title", "nameTaken");
    });
    expect(await save({ ok: true }, form({ version: "1", title: "x" }))).toMatchObject({
      ok: false,
      message: messages.errors.nameTaken,
      fieldErrors: { title: messages.errors.nameTaken },
    });
  });

  it("reports a bad hidden field (a version) at the top, since no field on screen could show it", async () => {
    const save = mutation("meeting.update", schema, async () => ({ ok: true }));
    const answer = await save({ ok: true }, form({ version: "-1", title: "" }));
    expect(answer).toMatchObject({ ok: false, message: messages.errors.invalid, fieldErrors: { title: messages.errors.required } });
  });

  it("asks to check the marked fields when only visible fields are wrong", async () => {
    const save = mutation("meeting.update", schema, async () => ({ ok: true }));
    expect(await save({ ok: true }, form({ version: "1", title: " " }))).toMatchObject({
      ok: false,
      message: messages.errors.checkFields,
      fieldErrors: { title: messages.errors.required },
    });
  });

  it("refuses text with control characters by field, before anything runs", async () => {
    let ran = false;
    const save = mutation("meeting.update", schema, async () => {
      ran = true;
      return { ok: true };
    });
    const answer = await save({ ok: true }, form({ version: "1", title: "Rakor\u0000Juli" }));
    expect(answer).toMatchObject({ ok: false, message: messages.errors.controlCharacters, fieldErrors: { title: messages.errors.controlCharacters } });
    expect(ran).toBe(false);
    expect((await save({ ok: true }, form({ version: "1", title: "Baris satu\nBaris\tdua" }))).ok).toBe(true);
  });

  it.each([[null], [[]], ["x"], [{ title: "x" }]])("answers a body that is not a form (%j) with a refusal, not a crash", async (body) => {
    const save = mutation("meeting.update", schema, async () => ({ ok: true }));
    expect(await save({ ok: true }, body as unknown as FormData)).toMatchObject({ ok: false, message: messages.errors.invalid });
  });

  it("keeps every typed value, repeated fields included, but never a password", async () => {
    const withPassword = z.object({ title: z.string().min(5, "tooLong"), password: z.string(), newPassword: z.string() });
    const save = mutation("meeting.update", withPassword, async () => ({ ok: true }));
    const data = form({ title: "Rak", password: "Rahasia-Sekali-1", newPassword: "Rahasia-Baru-2" });
    data.append("agenda", "Pembukaan");
    data.append("agenda", "Laporan BPJS");
    const answer = await save({ ok: true }, data);
    expect(answer).toMatchObject({ ok: false, values: { title: "Rak", agenda: "Pembukaan\u0000Laporan BPJS" } });
    expect(JSON.stringify(answer)).not.toMatch(/Rahasia/);
    const refused = mutation("meeting.update", withPassword, async () => {
      throw new FieldError("password", "currentPasswordWrong");
    });
    const again = await refused({ ok: true }, form({ title: "Rakor Juli", password: "Rahasia-Sekali-1", newPassword: "x" }));
    expect(again).toMatchObject({ ok: false, values: { title: "Rakor Juli" } });
    expect(JSON.stringify(again)).not.toMatch(/Rahasia/);
  });

  it("puts a refused row of a repeated field beside that row's field", async () => {
    const plan = z
      .object({ title: z.string() })
      .and(rows("targets", z.object({ targetId: idField(), expected: numberField({ min: 0, max: 1000 }) }), { keep: (r) => r.targetId !== "" }));
    let saved: unknown;
    const save = mutation("meeting.update", plan, async (input) => {
      saved = input;
      return { ok: true };
    });
    const data = form({ title: "Rakor" });
    for (const [id, expected] of [
      ["4", "1.000"],
      ["", ""],
      ["7", "banyak"],
    ]) {
      data.append("targetId", id!);
      data.append("expected", expected!);
    }
    const answer = await save({ ok: true }, data);
    expect(answer).toMatchObject({ ok: false, message: messages.errors.checkFields, fieldErrors: { "expected.2": messages.errors.number } });
    expect(answer.ok === false && Object.keys(answer.fieldErrors ?? {}).filter((k) => k.includes("."))).toEqual(["expected.2"]);
    data.set("expected", "1.000");
    data.append("expected", "");
    data.append("expected", "12");
    expect((await save({ ok: true }, data)).ok).toBe(true);
    expect(saved).toEqual({
      title: "Rakor",
      targets: [
        { row: 0, targetId: 4, expected: 1000 },
        { row: 2, targetId: 7, expected: 12 },
      ],
    });
  });
});

describe("an account that must enrol a second factor first", () => {
  it("is refused by every server action with that reason, and nothing runs", async () => {
    signedIn.user = { id: 2, role: "admin", agencyId: null, active: true, mustEnrolTwoFactor: true };
    let ran = false;
    const save = mutation("meeting.update", schema, async () => {
      ran = true;
      return { ok: true };
    });
    expect(await save({ ok: true }, form({ version: "1", title: "x" }))).toMatchObject({
      ok: false,
      message: messages.errors.twoFactorEnrolFirst,
      reason: "twoFactorEnrolFirst",
    });
    expect(ran).toBe(false);
    // The enrolment's own actions still run.
    const enrol = mutation(
      "profile.security",
      z.object({}),
      async () => {
        ran = true;
        return { ok: true };
      },
      { enrolling: true },
    );
    expect(await enrol({ ok: true }, form({}))).toMatchObject({ ok: true });
    expect(ran).toBe(true);
    signedIn.user = { id: 1, role: "secretariat", agencyId: null, active: true, mustEnrolTwoFactor: false };
  });
});
