import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/logins";
import type { SessionUser } from "@/lib/users/queries";
import { witaInstant } from "@/lib/i18n/dates";
import { codeForStep, timeStep } from "@/lib/auth/two-factor/rules";
import { confirmEnrolment, startEnrolment } from "@/lib/auth/two-factor/store";
import { freshDatabase } from "../support/database";

/**
 * Every server action and route handler, discovered from the code, called as anonymous, each
 * demo role, an agency head of another agency and the head of a supporting agency, with valid
 * input for a real record. Each answer is compared with the expected-answers table below (a new
 * entry point without a row fails), and a refused call must leave the database as it was.
 * Every call runs in a transaction that is rolled back, so each starts from the same data.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
// The two-factor secrets are encrypted with a key derived from it.
process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-to-use-here";

// The signed-in user is whoever the current call runs as; Next's request APIs are stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null, anonymousRefused: false }));
vi.mock("@/lib/auth/session", async () => {
  const { redirect, notFound } = await import("next/navigation");
  const { can } = await import("@/lib/authz");
  const requireUser = async () => {
    if (!session.user) {
      session.anonymousRefused = true;
      redirect("/login");
    }
    return session.user!;
  };
  return {
    currentUser: async () => session.user,
    currentSessionId: async () => null,
    requireUser,
    requireAllowed: async (operation: Parameters<typeof can>[1]) => {
      const user = await requireUser();
      if (!can(user, operation)) notFound();
      return user;
    },
  };
});
vi.mock("@/lib/auth", async () => {
  const { redirect } = await import("next/navigation");
  return {
    auth: async () => null,
    signIn: async () => undefined,
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
    handlers: {},
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }),
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => jar.set(name, value),
      delete: (name: string) => jar.delete(name),
    }),
  };
});
vi.mock("next-intl/server", async () => {
  const messages = (await import("@/messages/id.json")).default as Record<string, unknown>;
  const lookup = (namespace: string, key: string) =>
    [...namespace.split("."), ...key.split(".")].reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  return {
    getLocale: async () => "id",
    getTranslations: async (namespace = "") =>
      Object.assign(
        (key: string, values?: Record<string, unknown>) =>
          String(lookup(namespace, key) ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? "")),
        { has: (key: string) => typeof lookup(namespace, key) === "string" },
      ),
  };
});

// ---- discovery ----------------------------------------------------------------------------------

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(rel, keep);
    return keep(rel) ? [rel] : [];
  });
}

/** `file#name` for every export of every 'use server' module and every HTTP method of every route.ts. */
function discoverEntryPoints(): string[] {
  const found: string[] = [];
  const sources = [...filesUnder("lib", (f) => /\.tsx?$/.test(f)), ...filesUnder("app", (f) => /\.tsx?$/.test(f))];
  for (const file of sources) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    const isServerModule = /^(?:\s|\/\/.*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(text);
    const isRoute = path.basename(file) === "route.ts";
    if (!isServerModule && !isRoute) continue;
    const names = new Set<string>();
    for (const m of text.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
    for (const m of text.matchAll(/^export\s+const\s+\{([^}]+)\}/gm)) for (const n of m[1]!.split(",")) names.add(n.split(":").pop()!.trim());
    for (const m of text.matchAll(/^export\s+\{([^}]+)\}/gm))
      for (const n of m[1]!.split(","))
        names.add(
          n
            .split(/\s+as\s+/)
            .pop()!
            .trim(),
        );
    for (const name of names) if (!isRoute || /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name)) found.push(`${file}#${name}`);
  }
  return found.sort();
}

// ---- the world the calls run in -----------------------------------------------------------------

type ActorKey = "anonymous" | "admin" | "secretariat" | "ownerHead" | "otherHead" | "supportingHead" | "reviewer" | "viewer";
const actorKeys: ActorKey[] = ["anonymous", "admin", "secretariat", "ownerHead", "otherHead", "supportingHead", "reviewer", "viewer"];
const loginOf: Record<Exclude<ActorKey, "anonymous">, string> = {
  admin: "admin",
  secretariat: "sekretariat",
  ownerHead: "pmd",
  otherHead: "kesra",
  supportingHead: "bkad",
  reviewer: "bpjs",
  viewer: "sekda",
};

interface World {
  users: Record<string, SessionUser>;
  agency: Record<string, number>;
  /** DPMD's action that BKAD supports (in progress), and one of DPMD's reported done. */
  action: typeof s.actionItems.$inferSelect;
  stepId: number;
  doneAction: typeof s.actionItems.$inferSelect;
  evidenceId: number;
  /** A draft meeting of the demo series only DPMD was invited to, and a final one with DPMD and the BPJS branch. */
  draft: typeof s.meetings.$inferSelect;
  draftAgendaId: number;
  draftAttendeeId: number;
  draftStatementId: number;
  draftCommitmentId: number;
  final: typeof s.meetings.$inferSelect;
  periodId: number;
  sectorId: number;
  /** The versions a target form opened now would carry. */
  coverageTargetVersion: number;
  sectorTargetVersion: number;
  /** Every user's confirmed authenticator and a second one being enrolled (two-factor secrets by user id). */
  totp: Record<number, { enrolled: string; pending: string }>;
  /** The demo's regencies and the province viewer of its region (db/seed/region.ts). */
  regencyIds: number[];
  provinceViewerId: number;
}

let handle: DatabaseHandle;
let world: World;

async function buildWorld(db: Database): Promise<World> {
  const users: Record<string, SessionUser> = {};
  for (const u of await db.select().from(s.users)) users[u.email.split("@")[0]!] = u as unknown as SessionUser;
  const agency = Object.fromEntries((await db.select().from(s.agencies)).map((a) => [a.code, a.id]));
  const totp: World["totp"] = {};
  for (const user of Object.values(users)) {
    const enrolled = await startEnrolment(user.id);
    await confirmEnrolment(user.id, codeForStep(enrolled, timeStep(Date.now())));
    totp[user.id] = { enrolled, pending: await startEnrolment(user.id) };
  }
  const [demo] = await db.select().from(s.meetings);
  const [action] = await db.select().from(s.actionItems).where(eq(s.actionItems.title, "Pendataan pekerja rentan per desa"));
  const [step] = await db.select().from(s.actionSteps).where(eq(s.actionSteps.actionItemId, action!.id));
  const [doneAction] = await db
    .insert(s.actionItems)
    .values({
      title: "Rekap pekerja rentan tahap I",
      ownerAgencyId: agency.DPMD!,
      dueDate: "2025-07-10",
      status: "done",
      meetingId: demo!.id,
      completedAt: new Date(),
    })
    .returning();
  await db.insert(s.actionSupporters).values({ actionItemId: doneAction!.id, agencyId: agency.BKAD! });
  const [update] = await db.insert(s.progressUpdates).values({ actionItemId: action!.id, authorId: users.pmd!.id, body: "Data 40 desa masuk." }).returning();
  const bytes = new TextEncoder().encode("desa;pekerja\nA;10\n");
  const [evidence] = await db
    .insert(s.evidenceFiles)
    .values({
      progressUpdateId: update!.id,
      fileName: "rekap.csv",
      contentType: "text/csv",
      sizeBytes: bytes.byteLength,
      sha256: "0".repeat(64),
      content: bytes,
      uploadedById: users.pmd!.id,
    })
    .returning();
  const [draft] = await db
    .insert(s.meetings)
    .values({
      title: "Monev Juli",
      type: "monev",
      seriesId: demo!.seriesId,
      startsAt: witaInstant("2025-07-15", "09:00"),
      chairName: "Asisten I",
    })
    .returning();
  const [agenda] = await db.insert(s.agendaItems).values({ meetingId: draft!.id, position: 1, title: "Pendataan pekerja rentan" }).returning();
  const [attendee] = await db
    .insert(s.attendees)
    .values({ meetingId: draft!.id, userId: users.pmd!.id, agencyId: agency.DPMD!, name: users.pmd!.name })
    .returning();
  const [statement] = await db
    .insert(s.statements)
    .values({ meetingId: draft!.id, position: 1, speakerName: users.pmd!.name, body: "Data masuk dari 40 desa." })
    .returning();
  const [commitment] = await db
    .insert(s.commitments)
    .values({ meetingId: draft!.id, position: 1, agencyId: agency.DPMD!, toAgencyId: agency.BPJSTK!, body: "Menyerahkan data pekerja rentan." })
    .returning();
  const [final] = await db
    .insert(s.meetings)
    .values({
      title: "Rapat teknis data desa",
      type: "technical",
      startsAt: witaInstant("2025-07-01", "09:00"),
      chairName: "Asisten I",
      status: "minutes_final",
      finalizedAt: new Date(),
    })
    .returning();
  await db.insert(s.attendees).values([
    { meetingId: final!.id, userId: users.pmd!.id, agencyId: agency.DPMD!, name: users.pmd!.name },
    { meetingId: final!.id, userId: users.bpjs!.id, agencyId: agency.BPJSTK!, name: users.bpjs!.name },
  ]);
  const [period] = await db.select().from(s.periods).where(eq(s.periods.year, 2025));
  const [sector] = await db.select().from(s.sectors).where(eq(s.sectors.code, "religious"));
  const [coverage] = await db.select().from(s.coverageTargets).where(eq(s.coverageTargets.periodId, period!.id));
  const [sectorTarget] = await db
    .select()
    .from(s.sectorTargets)
    .where(and(eq(s.sectorTargets.periodId, period!.id), eq(s.sectorTargets.sectorId, sector!.id)));
  return {
    users,
    agency,
    action: action!,
    stepId: step!.id,
    doneAction: doneAction!,
    evidenceId: evidence!.id,
    draft: draft!,
    draftAgendaId: agenda!.id,
    draftAttendeeId: attendee!.id,
    draftStatementId: statement!.id,
    draftCommitmentId: commitment!.id,
    final: final!,
    periodId: period!.id,
    sectorId: sector!.id,
    coverageTargetVersion: coverage?.version ?? 0,
    sectorTargetVersion: sectorTarget?.version ?? 0,
    totp,
    regencyIds: (await handle.owner.select({ id: s.tenants.id }).from(s.tenants).where(eq(s.tenants.kind, "regency"))).map((t) => t.id),
    provinceViewerId: (await handle.owner.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, "provinsi@sulsel.demo")))[0]!.id,
  };
}

// ---- the expected answers -------------------------------------------------------------------------

const everyone: ActorKey[] = actorKeys;
const signedIn: ActorKey[] = actorKeys.filter((k) => k !== "anonymous");
const office: ActorKey[] = ["admin", "secretariat"];

type Fields = Record<string, string | string[] | File>;
type Entry =
  | { kind: "action"; allowed: ActorKey[]; form: (w: World) => Fields }
  | { kind: "route"; allowed: ActorKey[]; url: (w: World) => string; params?: (w: World) => Record<string, string> }
  /** Not under the policy: Auth.js's own sign-in and sign-out, open to anyone by design. */
  | { kind: "public"; why: string };

const plan = (w: World): Fields => ({
  id: String(w.action.id),
  version: String(w.action.version),
  meetingId: String(w.action.meetingId ?? ""),
  commitmentId: "",
  title: "Pendataan pekerja rentan per desa (revisi)",
  description: w.action.description,
  ownerAgencyId: String(w.agency.DPMD),
  assigneeId: "",
  supporterIds: [String(w.agency.BKAD)],
  dueDate: w.action.dueDate,
  priority: w.action.priority,
  stepId: [],
  stepTitle: [],
  stepDue: [],
  targetId: [],
  targetExpected: [],
  changeReason: "Langkah dirinci ulang bersama BKAD",
});
const meetingForm = (w: World, id = ""): Fields => ({
  id,
  version: id ? String(w.draft.version) : "0",
  title: "Monev Juli",
  type: "monev",
  date: "2025-07-15",
  startTime: "09:00",
  endTime: "11:00",
  place: "Ruang Sekda",
  chairName: "Asisten I",
  chairPosition: "",
  minuteTakerName: "",
  minuteTakerPosition: "",
  seriesId: "",
  newSeriesName: "",
  agenda: ["Pendataan pekerja rentan"],
  agendaId: id ? [String(w.draftAgendaId)] : [""],
});
const csv = () =>
  new File([new TextEncoder().encode("sektor;bulan;peserta_baru;peserta_aktif\nreligious;2025-07;120;2300\n")], "juli.csv", { type: "text/csv" });

/** The code the caller's authenticator shows now (or `ahead` steps later, within the drift window). */
function callerCode(w: World, which: "enrolled" | "pending", ahead: number): string {
  const secrets = session.user ? w.totp[session.user.id] : undefined;
  return secrets ? codeForStep(secrets[which], timeStep(Date.now()) + ahead) : "000000";
}

const expected: Record<string, Entry> = {
  // Action items: DPMD owns the action, BKAD supports it, Bagian Kesra has nothing to do with it.
  "lib/actions/mutations.ts#createAction": {
    kind: "action",
    allowed: office,
    form: (w) => ({ ...plan(w), id: "", version: "0", title: "Verifikasi data desa" }),
  },
  "lib/actions/mutations.ts#updateAction": { kind: "action", allowed: office, form: plan },
  "lib/actions/mutations.ts#changeStatus": {
    kind: "action",
    allowed: ["admin", "secretariat", "ownerHead"],
    form: (w) => ({ actionId: String(w.action.id), version: String(w.action.version), status: "done", reason: "" }),
  },
  "lib/actions/mutations.ts#toggleStep": {
    kind: "action",
    allowed: ["admin", "secretariat", "ownerHead", "supportingHead"],
    form: (w) => ({ actionId: String(w.action.id), stepId: String(w.stepId), done: "true" }),
  },
  "lib/actions/mutations.ts#addProgress": {
    kind: "action",
    allowed: ["admin", "secretariat", "ownerHead", "supportingHead"],
    form: (w) => ({ actionId: String(w.action.id), body: "Data 60 desa masuk.", percent: "60", targetId: [], achieved: [] }),
  },
  "lib/actions/mutations.ts#addComment": {
    kind: "action",
    allowed: ["admin", "secretariat", "ownerHead", "supportingHead", "reviewer"],
    form: (w) => ({ actionId: String(w.action.id), body: "Mohon dipercepat." }),
  },
  "lib/actions/mutations.ts#reviewAction": {
    kind: "action",
    allowed: ["admin", "reviewer"],
    form: (w) => ({ actionId: String(w.doneAction.id), version: String(w.doneAction.version), decision: "verify", comment: "" }),
  },
  // Meetings: the draft only DPMD was invited to; the final one with DPMD and the BPJS branch.
  "lib/meetings/mutations.ts#createMeeting": { kind: "action", allowed: office, form: (w) => meetingForm(w) },
  "lib/meetings/mutations.ts#updateMeeting": { kind: "action", allowed: office, form: (w) => meetingForm(w, String(w.draft.id)) },
  "lib/meetings/mutations.ts#finalizeMeeting": {
    kind: "action",
    allowed: office,
    form: (w) => ({ meetingId: String(w.draft.id), version: String(w.draft.version) }),
  },
  "lib/meetings/mutations.ts#confirmMinutes": {
    kind: "action",
    allowed: ["ownerHead", "reviewer"],
    form: (w) => ({ meetingId: String(w.final.id), decision: "confirmed", reason: "" }),
  },
  "lib/meetings/minutes-mutations.ts#saveMinutes": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      meetingId: String(w.draft.id),
      version: String(w.draft.version),
      summary: "Ringkasan",
      conclusions: "",
      agendaIds: [String(w.draftAgendaId)],
      agendaNotes: ["Catatan"],
      amendmentReason: "",
    }),
  },
  "lib/meetings/minutes-mutations.ts#addStatement": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      meetingId: String(w.draft.id),
      agendaItemId: String(w.draftAgendaId),
      attendeeId: String(w.draftAttendeeId),
      speakerName: "",
      body: "Data lengkap bulan depan.",
    }),
  },
  "lib/meetings/minutes-mutations.ts#addCommitment": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      meetingId: String(w.draft.id),
      agendaItemId: "",
      agencyId: String(w.agency.DPMD),
      toAgencyId: String(w.agency.BPJSTK),
      committedByName: "",
      body: "Menyerahkan data.",
      figure: "",
      figureUnit: "",
      sectorId: "",
      dueDate: "",
    }),
  },
  "lib/meetings/minutes-mutations.ts#removeMinutesEntry": {
    kind: "action",
    allowed: office,
    form: (w) => ({ meetingId: String(w.draft.id), id: String(w.draftStatementId), kind: "statement" }),
  },
  "lib/meetings/minutes-mutations.ts#createActionsFromCommitment": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      meetingId: String(w.draft.id),
      commitmentId: String(w.draftCommitmentId),
      title: ["Serahkan data"],
      ownerAgencyId: [String(w.agency.DPMD)],
      dueDate: ["2025-08-15"],
      priority: ["normal"],
      targetId: [""],
      targetExpected: [""],
    }),
  },
  "lib/meetings/attendance-mutations.ts#inviteUsers": {
    kind: "action",
    allowed: office,
    form: (w) => ({ meetingId: String(w.draft.id), userIds: [String(w.users.kesra!.id)] }),
  },
  "lib/meetings/attendance-mutations.ts#addGuest": {
    kind: "action",
    allowed: office,
    form: (w) => ({ meetingId: String(w.draft.id), name: "Kepala Desa Bongki", position: "", institution: "", walkIn: "" }),
  },
  "lib/meetings/attendance-mutations.ts#setAttendance": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      meetingId: String(w.draft.id),
      attendeeId: String(w.draftAttendeeId),
      version: "1",
      attendance: "present",
      deputyName: "",
      deputyPosition: "",
      arrivedAt: "",
    }),
  },
  "lib/meetings/attendance-mutations.ts#removeAttendee": {
    kind: "action",
    allowed: office,
    form: (w) => ({ meetingId: String(w.draft.id), attendeeId: String(w.draftAttendeeId) }),
  },
  // Targets and realisation.
  "lib/targets/mutations.ts#saveSector": {
    kind: "action",
    allowed: office,
    form: () => ({ id: "", code: "nelayan", nameId: "Nelayan", nameEn: "Fishers", descriptionId: "", descriptionEn: "", active: "on" }),
  },
  "lib/targets/mutations.ts#createPeriod": { kind: "action", allowed: office, form: () => ({ year: "2031" }) },
  "lib/targets/mutations.ts#saveCoverageTarget": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      periodId: String(w.periodId),
      version: String(w.coverageTargetVersion),
      workingPopulation: "120000",
      baselineParticipants: "40320",
      baselineCoveragePct: "33,6",
      targetCoveragePct: "40",
      targetParticipantsStated: "",
      deadline: "2025-12-31",
      notes: "",
      source: "bpjs_branch",
      dataDate: "2025-06-11",
    }),
  },
  "lib/targets/mutations.ts#saveSectorTarget": {
    kind: "action",
    allowed: office,
    form: (w) => ({
      periodId: String(w.periodId),
      sectorId: String(w.sectorId),
      version: String(w.sectorTargetVersion),
      baselineParticipants: "300",
      targetParticipants: "2000",
      eligiblePopulation: "",
      source: "bpjs_branch",
      dataDate: "2025-06-11",
    }),
  },
  "lib/targets/mutations.ts#saveRule": {
    kind: "action",
    allowed: office,
    form: () => ({ minIncreasePct: "20", legalReference: "Permendagri No. 5 Tahun 2024" }),
  },
  "lib/targets/mutations.ts#saveRealisation": {
    kind: "action",
    allowed: ["admin", "reviewer"],
    form: (w) => ({
      sectorId: String(w.sectorId),
      month: "2025-07",
      newParticipants: "120",
      activeParticipants: "2300",
      source: "bpjs_branch",
      dataDate: "2025-08-05",
    }),
  },
  "lib/targets/mutations.ts#importRealisations": {
    kind: "action",
    allowed: ["admin", "reviewer"],
    form: () => ({ mode: "import", source: "bpjs_branch", dataDate: "2025-08-05", file: csv() }),
  },
  // People and agencies: the admin's.
  "lib/users/mutations.ts#createUser": {
    kind: "action",
    allowed: ["admin"],
    form: (w) => ({
      name: "Kepala Dinas Sosial",
      email: "dinsos@sinjai.demo",
      position: "",
      role: "agency_head",
      agencyId: String(w.agency.DPMD),
      password: "laut-biru-sinjai-2025",
    }),
  },
  "lib/users/mutations.ts#updateUser": {
    kind: "action",
    allowed: ["admin"],
    form: (w) => ({
      id: String(w.users.kesra!.id),
      name: w.users.kesra!.name,
      email: "kesra@sinjai.demo",
      position: "Kepala Bagian Kesra",
      role: "agency_head",
      agencyId: String(w.agency.KESRA),
      active: "on",
    }),
  },
  "lib/users/mutations.ts#resetPassword": {
    kind: "action",
    allowed: ["admin"],
    form: (w) => ({ id: String(w.users.kesra!.id), password: "laut-biru-sinjai-2025" }),
  },
  "lib/users/mutations.ts#endSessionsOf": { kind: "action", allowed: ["admin"], form: (w) => ({ id: String(w.users.kesra!.id) }) },
  "lib/agencies/mutations.ts#saveAgency": {
    kind: "action",
    allowed: ["admin"],
    form: () => ({ id: "", code: "DINSOS", name: "Dinas Sosial", shortName: "Dinsos", kind: "dinas", headTitle: "Kepala Dinas", active: "on" }),
  },
  // One's own account, language and notices.
  "lib/auth/account.ts#changePassword": {
    kind: "action",
    allowed: signedIn,
    form: () => ({ currentPassword: DEMO_PASSWORD, password: "laut-biru-sinjai-2025", confirmPassword: "laut-biru-sinjai-2025" }),
  },
  "lib/auth/account.ts#logoutEverywhere": { kind: "action", allowed: signedIn, form: () => ({}) },
  // Two-factor login: one's own (the caller's authenticator codes), and the admin's reset of another's.
  "lib/auth/two-factor/mutations.ts#startTwoFactor": { kind: "action", allowed: signedIn, form: () => ({}) },
  "lib/auth/two-factor/mutations.ts#cancelTwoFactorEnrolment": { kind: "action", allowed: signedIn, form: () => ({}) },
  "lib/auth/two-factor/mutations.ts#confirmTwoFactor": {
    kind: "action",
    allowed: signedIn,
    form: (w) => ({ code: callerCode(w, "pending", 0), password: DEMO_PASSWORD }),
  },
  "lib/auth/two-factor/mutations.ts#regenerateRecoveryCodes": { kind: "action", allowed: signedIn, form: (w) => ({ code: callerCode(w, "enrolled", 1) }) },
  // The demo admin is not exempt outside a demo deployment: an admin may not turn it off.
  "lib/auth/two-factor/mutations.ts#disableTwoFactor": {
    kind: "action",
    allowed: signedIn.filter((k) => k !== "admin"),
    form: () => ({ password: DEMO_PASSWORD, code: "" }),
  },
  "lib/auth/two-factor/mutations.ts#resetTwoFactorOf": { kind: "action", allowed: ["admin"], form: (w) => ({ id: String(w.users.kesra!.id) }) },
  // Above the regency: only a platform admin (tested below, in its region) creates regencies and overseers; no role of a regency may.
  "lib/platform/mutations.ts#createRegency": {
    kind: "action",
    allowed: [],
    form: () => ({
      slug: "baru",
      name: "Kabupaten Baru",
      province: "",
      host: "",
      adminName: "Admin Baru",
      adminEmail: "admin@baru.test",
      adminPassword: "laut-biru-baru-2025",
    }),
  },
  "lib/platform/mutations.ts#createOverseer": {
    kind: "action",
    allowed: [],
    form: (w) => ({
      name: "Pemantau Baru",
      email: "pemantau@baru.test",
      position: "",
      role: "province_viewer",
      password: "laut-biru-baru-2025",
      regencyIds: w.regencyIds.map(String),
    }),
  },
  "lib/platform/mutations.ts#setGrants": {
    kind: "action",
    allowed: [],
    form: (w) => ({ userId: String(w.provinceViewerId), regencyIds: [String(w.regencyIds[0])] }),
  },
  "lib/auth/mutations.ts#loginWithCode": { kind: "public", why: "the code step of signing in through Auth.js (e2e/two-factor)" },
  "lib/auth/mutations.ts#cancelLogin": { kind: "public", why: "leaves the code step of signing in (e2e/two-factor)" },
  "lib/notifications/mutations.ts#markNotificationsRead": { kind: "action", allowed: signedIn, form: () => ({ id: "all" }) },
  "lib/i18n/mutations.ts#setLocale": { kind: "action", allowed: everyone, form: () => ({ locale: "en" }) },
  "lib/auth/mutations.ts#login": { kind: "public", why: "signs in through Auth.js (tests/db/login-limits, e2e/login)" },
  "lib/auth/mutations.ts#logout": { kind: "public", why: "signs out through Auth.js (e2e/sessions)" },
  "app/api/auth/[...nextauth]/route.ts#GET": { kind: "public", why: "Auth.js's own endpoints" },
  "app/api/auth/[...nextauth]/route.ts#POST": { kind: "public", why: "Auth.js's own endpoints" },
  // Downloads: the dashboard for every role; a meeting's files for those who read the meeting; evidence for those who read the action.
  "app/api/dashboard.xlsx/route.ts#GET": { kind: "route", allowed: signedIn, url: (w) => `http://localhost/api/dashboard.xlsx?period=${w.periodId}` },
  "app/api/meetings/[id]/minutes.pdf/route.ts#GET": {
    kind: "route",
    allowed: ["admin", "secretariat", "ownerHead"],
    url: (w) => `http://localhost/api/meetings/${w.draft.id}/minutes.pdf`,
    params: (w) => ({ id: String(w.draft.id) }),
  },
  "app/api/meetings/[id]/attendance.xlsx/route.ts#GET": {
    kind: "route",
    allowed: ["admin", "secretariat", "ownerHead"],
    url: (w) => `http://localhost/api/meetings/${w.draft.id}/attendance.xlsx`,
    params: (w) => ({ id: String(w.draft.id) }),
  },
  "app/api/meetings/[id]/invitation.ics/route.ts#GET": {
    kind: "route",
    allowed: ["admin", "secretariat", "ownerHead"],
    url: (w) => `http://localhost/api/meetings/${w.draft.id}/invitation.ics`,
    params: (w) => ({ id: String(w.draft.id) }),
  },
  "app/api/evidence/[id]/route.ts#GET": {
    kind: "route",
    allowed: ["admin", "secretariat", "ownerHead", "supportingHead", "reviewer", "viewer"],
    url: (w) => `http://localhost/api/evidence/${w.evidenceId}`,
    params: (w) => ({ id: String(w.evidenceId) }),
  },
};

// ---- running one call ---------------------------------------------------------------------------

/** Tables a refusal itself writes to (the audit log and the head of its hash chain, the login limits), left out of the comparison. */
const WRITTEN_BY_REFUSALS = new Set(["audit_events", "audit_chain_heads", "login_limits", "__drizzle_migrations"]);

async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = (
    await db
      .select({ name: sql<string>`table_name` })
      .from(sql`information_schema.tables`)
      .where(and(sql`table_schema = 'public'`, sql`table_type = 'BASE TABLE'`))
  )
    .map((t) => t.name)
    .filter((t) => !WRITTEN_BY_REFUSALS.has(t))
    .sort();
  const union = sql.join(
    tables.map(
      (t) =>
        sql`select ${t} as name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as print from ${sql.identifier(t)} x`,
    ),
    sql` union all `,
  );
  const rows = await db.select({ name: sql<string>`name`, print: sql<string>`print` }).from(sql`(${union}) prints`);
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

function formData(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) data.append(key, v);
    else data.append(key, value);
  }
  return data;
}

type Outcome = { allowed: boolean; detail: string };

/** Where a thrown redirect points, if the error is one. */
function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? "") : null;
}

const REFUSALS = new Set(["forbidden", "notFound", "notAnAttendee", "notFinalYet", "transitionNotAllowed", "twoFactorRequiredForRole"]);

async function callEntry(key: string, entry: Exclude<Entry, { kind: "public" }>): Promise<Outcome> {
  const [file, name] = key.split("#") as [string, string];
  const mod = (await import(path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const fn = mod[name]!;
  if (entry.kind === "route") {
    const response = (await fn(new Request(entry.url(world)), { params: Promise.resolve(entry.params?.(world) ?? {}) })) as Response;
    return { allowed: response.status === 200, detail: `HTTP ${response.status}` };
  }
  session.anonymousRefused = false;
  try {
    const result = name === "setLocale" ? await fn(formData(entry.form(world))) : await fn({ ok: true }, formData(entry.form(world)));
    if (result === undefined) return { allowed: true, detail: "done" };
    const state = result as { ok: boolean; reason?: string; message?: string; fieldErrors?: Record<string, string> };
    if (state.ok) return { allowed: true, detail: "ok" };
    if (state.reason && REFUSALS.has(state.reason)) return { allowed: false, detail: state.reason };
    if (state.fieldErrors?.status && !state.reason) return { allowed: false, detail: "status refused" };
    // Anything else is a test input the command did not accept: say it, so the row gets fixed.
    return { allowed: false, detail: `NOT A REFUSAL: ${state.reason ?? ""} ${state.message ?? ""} ${JSON.stringify(state.fieldErrors ?? {})}` };
  } catch (error) {
    const target = redirectTarget(error);
    if (target !== null) return session.anonymousRefused ? { allowed: false, detail: "signed out" } : { allowed: true, detail: `redirect ${target}` };
    throw error;
  }
}

class Rollback extends Error {}

/** Runs one call in a transaction rolled back afterwards; returns its outcome and the database as the call left it. */
async function isolated(run: () => Promise<Outcome>): Promise<{ outcome: Outcome; print: Record<string, string> }> {
  const holder = globalThis as unknown as { kawalDb?: DatabaseHandle };
  let answer: { outcome: Outcome; print: Record<string, string> } | undefined;
  const { auditWritesSettled } = await import("@/lib/audit/events");
  try {
    await handle.db.transaction(async (tx) => {
      holder.kawalDb = { ...handle, db: tx as unknown as Database };
      try {
        const outcome = await run();
        await auditWritesSettled();
        answer = { outcome, print: await fingerprint(tx as unknown as Database) };
      } finally {
        holder.kawalDb = handle;
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return answer!;
}

let before: Record<string, string>;

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  world = await buildWorld(handle.db);
  before = await fingerprint(handle.db);
}, 120_000);
afterAll(() => handle.close());

describe("every server action and route handler", () => {
  it("has a row in the expected-answers table, and every row names one that exists", () => {
    expect(discoverEntryPoints()).toEqual(Object.keys(expected).sort());
  });

  for (const [key, entry] of Object.entries(expected)) {
    if (entry.kind === "public") continue;
    describe(key, () => {
      for (const who of actorKeys) {
        const allowed = entry.allowed.includes(who);
        it(`${allowed ? "lets" : "refuses"} ${who}${allowed ? "" : ", changing nothing"}`, async () => {
          session.user = who === "anonymous" ? null : world.users[loginOf[who]]!;
          try {
            const { outcome, print } = await isolated(() => callEntry(key, entry));
            expect(outcome.detail).not.toMatch(/^NOT A REFUSAL/);
            expect({ allowed: outcome.allowed, detail: outcome.detail }).toMatchObject({ allowed });
            if (!allowed) expect(print).toEqual(before);
          } finally {
            session.user = null;
          }
        });
      }
    });
  }
});

// ---- another regency's users ----------------------------------------------------------------------

/**
 * The same calls, made by the users of the demo's second regency (Kabupaten Contoh) in their own
 * regency's context, as a request at /r/contoh/ would be, against the records of Sinjai above. The
 * first wall (read scopes and lookups by the actor's regency) and the second (row-level security,
 * composite keys) must leave Sinjai exactly as it was, and nothing that names a Sinjai record may
 * succeed. What acts only on the caller's own regency (a new record named by no Sinjai id, the
 * caller's own language, an export of their own regency) may.
 */
const OWN_REGENCY_ONLY = new Set<string>([
  // Their forms name no Sinjai record: a new meeting, sector or period, the rule, an import by sector code, all in Contoh.
  "lib/meetings/mutations.ts#createMeeting",
  "lib/targets/mutations.ts#saveSector",
  "lib/targets/mutations.ts#createPeriod",
  "lib/targets/mutations.ts#saveRule",
  "lib/targets/mutations.ts#importRealisations",
  // The caller's own account, sessions, authenticator, notices and language.
  "lib/auth/account.ts#changePassword",
  "lib/auth/account.ts#logoutEverywhere",
  "lib/auth/two-factor/mutations.ts#startTwoFactor",
  "lib/auth/two-factor/mutations.ts#cancelTwoFactorEnrolment",
  "lib/notifications/mutations.ts#markNotificationsRead",
  "lib/i18n/mutations.ts#setLocale",
  // A Sinjai period id is no period in Contoh: the export falls back to Contoh's current one, as for any unknown id.
  "app/api/dashboard.xlsx/route.ts#GET",
]);

let contoh: { tenant: number; users: Record<string, SessionUser> };

/** As `isolated`, in the other regency's context; a database error counts as a refusal (the call changed nothing). */
async function isolatedIn(tenant: number, run: () => Promise<Outcome>): Promise<{ outcome: Outcome; sinjai: Record<string, string> }> {
  const holder = globalThis as unknown as { kawalDb?: DatabaseHandle };
  let answer: { outcome: Outcome; sinjai: Record<string, string> } | undefined;
  const { auditWritesSettled } = await import("@/lib/audit/events");
  const { withTenants } = await import("@/lib/tenancy/context");
  try {
    await withTenants([tenant], () =>
      handle.db.transaction(async (tx) => {
        let outcome: Outcome;
        try {
          outcome = await tx.transaction(async (inner) => {
            holder.kawalDb = { ...handle, db: inner as unknown as Database };
            try {
              const result = await run();
              await auditWritesSettled();
              return result;
            } finally {
              holder.kawalDb = handle;
            }
          });
        } catch (error) {
          const cause = (error as { cause?: unknown }).cause;
          outcome = { allowed: false, detail: `error: ${cause instanceof Error ? cause.message : String(error)}`.slice(0, 200) };
        }
        // Sinjai's rows as the call left them: the same transaction, switched to Sinjai's tenant.
        await tx.execute(sql`select set_config('kawal.tenants', ${String(SINJAI)}, true)`);
        answer = { outcome, sinjai: await fingerprint(tx as unknown as Database) };
        throw new Rollback();
      }),
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return answer!;
}

const SINJAI = 1;

describe("every server action and route handler, as a user of another regency against Sinjai's records", () => {
  beforeAll(async () => {
    const { withTenants } = await import("@/lib/tenancy/context");
    const [tenant] = await handle.owner.select().from(s.tenants).where(eq(s.tenants.slug, "contoh"));
    const users: Record<string, SessionUser> = {};
    for (const u of await withTenants([tenant!.id], () => handle.db.select().from(s.users))) users[u.email.split("@")[0]!] = u as unknown as SessionUser;
    contoh = { tenant: tenant!.id, users };
  });

  for (const [key, entry] of Object.entries(expected)) {
    if (entry.kind === "public") continue;
    for (const login of ["admin", "sekretariat", "dinsos"]) {
      it(`${key} as ${login}@contoh.demo leaves Sinjai unchanged${OWN_REGENCY_ONLY.has(key) ? "" : " and is refused"}`, async () => {
        session.user = contoh.users[login]!;
        try {
          const { outcome, sinjai } = await isolatedIn(contoh.tenant, () => callEntry(key, entry));
          expect(sinjai).toEqual(before);
          if (!OWN_REGENCY_ONLY.has(key)) expect(outcome, outcome.detail).toMatchObject({ allowed: false });
        } finally {
          session.user = null;
        }
      });
    }
  }
});

// ---- the people above the regencies ------------------------------------------------------------------

/**
 * The same calls, made by the demo region's province viewer, regional reviewer and platform admin
 * in their own region's context (/r/sulsel/). No regency operation is theirs: every call that names
 * a regency's record is refused and Sinjai is left as it was. Their own account and language are
 * theirs; the platform's commands are the platform admin's alone.
 */
const OVERSEER_OWN = new Set<string>([
  "lib/auth/account.ts#changePassword",
  "lib/auth/account.ts#logoutEverywhere",
  "lib/auth/two-factor/mutations.ts#startTwoFactor",
  "lib/auth/two-factor/mutations.ts#cancelTwoFactorEnrolment",
  "lib/i18n/mutations.ts#setLocale",
]);
const PLATFORM = new Set<string>([
  "lib/platform/mutations.ts#createRegency",
  "lib/platform/mutations.ts#createOverseer",
  "lib/platform/mutations.ts#setGrants",
]);

describe("every server action and route handler, as a province viewer, a regional reviewer and a platform admin", () => {
  let region: { tenant: number; users: Record<string, SessionUser> };
  beforeAll(async () => {
    const [tenant] = await handle.owner.select().from(s.tenants).where(eq(s.tenants.slug, "sulsel"));
    const users: Record<string, SessionUser> = {};
    for (const u of await handle.owner.select().from(s.users).where(eq(s.users.tenantId, tenant!.id))) users[u.email] = u as unknown as SessionUser;
    region = { tenant: tenant!.id, users };
  });

  for (const [key, entry] of Object.entries(expected)) {
    if (entry.kind === "public") continue;
    for (const login of ["provinsi@sulsel.demo", "bpjs.wilayah@sulsel.demo", "platform@kawal.demo"]) {
      const allowed = PLATFORM.has(key) ? login === "platform@kawal.demo" : OVERSEER_OWN.has(key) ? null : false;
      it(`${key} as ${login} leaves Sinjai unchanged${allowed === null ? "" : allowed ? " and is allowed" : " and is refused"}`, async () => {
        session.user = region.users[login]!;
        try {
          const { outcome, sinjai } = await isolatedIn(region.tenant, () => callEntry(key, entry));
          // A new regency is one more row of tenants, and nothing of Sinjai's.
          const { tenants: tenantsAfter, ...rest } = sinjai;
          const { tenants: tenantsBefore, ...restBefore } = before;
          expect(rest).toEqual(restBefore);
          if (key.endsWith("#createRegency") && allowed) expect(Number(tenantsAfter!.split(":")[0])).toBe(Number(tenantsBefore!.split(":")[0]) + 1);
          else expect(tenantsAfter).toBe(tenantsBefore);
          if (allowed !== null) expect(outcome, outcome.detail).toMatchObject({ allowed });
        } finally {
          session.user = null;
        }
      });
    }
  }
});
