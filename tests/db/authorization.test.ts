import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { roles, type Role } from "@/db/schema/enums";
import { actionBoard, agencyActionSummary, getActionDetail, listVisibleActions } from "@/lib/actions/queries";
import { can, operations, type Actor, type Operation } from "@/lib/authz";
import { witaInstant } from "@/lib/i18n/dates";
import { getMeetingDetail, listCommitmentsToAgency, listMeetings } from "@/lib/meetings/queries";
import { dashboardData } from "@/lib/targets/queries";
import { demoActors } from "../support/actors";
import { freshDatabase } from "../support/database";

/** The expected answer for every role and operation; a change to lib/authz.ts must change this. */
const expected: Record<Operation, Role[]> = {
  "meeting.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "meeting.create": ["admin", "secretariat"],
  "meeting.update": ["admin", "secretariat"],
  "meeting.finalize": ["admin", "secretariat"],
  "meeting.confirm": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "action.create": ["admin", "secretariat"],
  "action.plan": ["admin", "secretariat"],
  "action.work": ["admin", "secretariat", "agency_head"],
  "action.comment": ["admin", "secretariat", "agency_head", "reviewer"],
  "action.review": ["admin", "reviewer"],
  "dashboard.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "target.manage": ["admin", "secretariat"],
  "realisation.enter": ["admin", "reviewer"],
  "notification.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "profile.language": ["admin", "secretariat", "agency_head", "reviewer", "viewer", "province_viewer", "regional_reviewer", "platform_admin"],
  "profile.security": ["admin", "secretariat", "agency_head", "reviewer", "viewer", "province_viewer", "regional_reviewer", "platform_admin"],
  "action.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "commitment.review": ["admin", "reviewer"],
  "agency.manage": ["admin"],
  "user.manage": ["admin"],
  "audit.read": ["admin"],
  "rollup.read": ["province_viewer", "regional_reviewer", "platform_admin"],
  "platform.manage": ["platform_admin"],
};

describe("the authorization table", () => {
  it("covers exactly the operations that exist", () => {
    expect([...operations].sort()).toEqual(Object.keys(expected).sort());
  });
  for (const operation of operations) {
    for (const role of roles) {
      const allowed = expected[operation].includes(role);
      it(`${allowed ? "lets" : "refuses"} ${role} ${operation}`, () => {
        expect(can({ id: 1, role, agencyId: role === "agency_head" ? 1 : null, tenantId: 1 }, operation)).toBe(allowed);
      });
    }
  }
});

let handle: DatabaseHandle;
const actors: Record<string, Actor> = {};
let demoMeetingId = 0;
let draftMeetingId = 0;
let otherMeetingId = 0;

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  Object.assign(actors, await demoActors(handle.db));
  demoMeetingId = (await handle.db.select().from(s.meetings))[0]!.id;
  const [bkad] = await handle.db.select().from(s.agencies).where(eq(s.agencies.code, "BKAD"));
  // A draft meeting only BKAD is invited to, and a final one without Bagian Kesra.
  const [draft] = await handle.db
    .insert(s.meetings)
    .values({
      title: "Rapat teknis iuran APBD",
      type: "technical",
      startsAt: witaInstant("2025-07-02", "09:00"),
      chairName: "Asisten I",
    })
    .returning();
  draftMeetingId = draft!.id;
  await handle.db.insert(s.attendees).values({ meetingId: draftMeetingId, agencyId: bkad!.id, name: "Andi Ilham Abubakar", userId: actors.bkad!.id });
  const [other] = await handle.db
    .insert(s.meetings)
    .values({
      title: "Monev Juli",
      type: "monev",
      startsAt: witaInstant("2025-07-20", "09:00"),
      chairName: "Sekda",
      status: "minutes_final",
      finalizedAt: new Date(),
    })
    .returning();
  otherMeetingId = other!.id;
  await handle.db.insert(s.attendees).values({ meetingId: otherMeetingId, agencyId: bkad!.id, name: "Andi Ilham Abubakar" });
});
afterAll(() => handle.close());

async function visibleMeetingIds(actor: Actor): Promise<number[]> {
  return (await listMeetings({ actor, page: 1 })).rows.map((m) => m.id).sort((a, b) => a - b);
}

describe("meeting visibility, scoped in the queries", () => {
  it("secretariat and admin see every meeting, drafts too", async () => {
    for (const who of ["sekretariat", "admin"]) {
      expect(await visibleMeetingIds(actors[who]!)).toEqual([demoMeetingId, draftMeetingId, otherMeetingId]);
    }
  });

  it("an agency head sees only the meetings their agency was invited to", async () => {
    expect(await visibleMeetingIds(actors.bkad!)).toEqual([demoMeetingId, draftMeetingId, otherMeetingId]);
    expect(await visibleMeetingIds(actors.kesra!)).toEqual([demoMeetingId]);
    expect(await getMeetingDetail({ actor: actors.kesra!, id: otherMeetingId })).toBeNull();
    expect(await getMeetingDetail({ actor: actors.kesra!, id: demoMeetingId })).not.toBeNull();
  });

  it("reviewers and viewers see finalized meetings, not drafts they were not invited to", async () => {
    for (const who of ["bpjs", "sekda"]) {
      expect(await visibleMeetingIds(actors[who]!)).toEqual([demoMeetingId, otherMeetingId]);
      expect(await getMeetingDetail({ actor: actors[who]!, id: draftMeetingId })).toBeNull();
    }
  });
});

describe("action visibility", () => {
  it("an agency head sees the actions their agency owns or supports, and no other", async () => {
    const [bkad] = await handle.db.select().from(s.agencies).where(eq(s.agencies.code, "BKAD"));
    const rows = (await listVisibleActions({ actor: actors.bkad!, page: 1 })).rows;
    expect(rows.length).toBe(3);
    expect(rows.filter((r) => r.ownerAgencyId !== bkad!.id).map((r) => r.title)).toEqual(["Pendataan pekerja rentan per desa"]);
    const kesra = (await listVisibleActions({ actor: actors.kesra!, page: 1 })).rows;
    expect(kesra.every((r) => r.agencyName === "Bagian Kesra")).toBe(true);
    expect(kesra.length).toBe(2);
  });

  it("other roles see all actions, the open ones before the closed ones", async () => {
    const rows = (await listVisibleActions({ actor: actors.sekda!, page: 1 })).rows;
    expect(rows.length).toBe(10);
    const firstClosed = rows.findIndex((r) => r.status === "done" || r.status === "verified");
    expect(rows.slice(firstClosed).every((r) => r.status === "done" || r.status === "verified")).toBe(true);
  });
});

describe("commitments to review", () => {
  it("the BPJS branch head sees the commitments made to the branch", async () => {
    const page = await listCommitmentsToAgency({ actor: actors.bpjs!, page: 1 });
    expect(page.total).toBe(4);
    expect(page.rows[0]?.body).toMatch(/melebihi 40 %/);
  });

  it("an office nobody committed to sees none", async () => {
    expect((await listCommitmentsToAgency({ actor: actors.kesra!, page: 1 })).total).toBe(0);
  });
});

describe("reads that go through the action scope", () => {
  const agencyOf = async (code: string) => (await handle.db.select().from(s.agencies).where(eq(s.agencies.code, code)))[0]!.id;

  it("a meeting page lists only the follow-up actions the reader may open", async () => {
    const kesra = await agencyOf("KESRA");
    const mine = (await getMeetingDetail({ actor: actors.kesra!, id: demoMeetingId }))!.actions;
    expect(mine.length).toBe(2);
    expect(mine.every((a) => a.ownerAgencyId === kesra)).toBe(true);
    expect((await getMeetingDetail({ actor: actors.sekretariat!, id: demoMeetingId }))!.actions.length).toBe(10);
  });

  it("the carry-over list of the next meeting in the series shows an agency head only their agency's open actions", async () => {
    const [demo] = await handle.db.select().from(s.meetings).where(eq(s.meetings.id, demoMeetingId));
    const [next] = await handle.db
      .insert(s.meetings)
      .values({
        title: "Rakor lanjutan",
        type: "coordination",
        seriesId: demo!.seriesId,
        startsAt: witaInstant("2025-09-10", "09:00"),
        chairName: "Sekda",
      })
      .returning();
    await handle.db.insert(s.attendees).values({ meetingId: next!.id, agencyId: await agencyOf("KESRA"), userId: actors.kesra!.id, name: "Hj. Kamriah Yusuf" });
    const forKesra = (await getMeetingDetail({ actor: actors.kesra!, id: next!.id }))!.carryOver;
    const forClerk = (await getMeetingDetail({ actor: actors.sekretariat!, id: next!.id }))!.carryOver;
    expect(forKesra.map((a) => a.agencyName)).toEqual(["Bagian Kesra", "Bagian Kesra"]);
    expect(forClerk.length).toBeGreaterThan(forKesra.length);
    expect(new Set(forClerk.map((a) => a.agencyName)).size).toBeGreaterThan(1);
  });

  it("the dashboard's contribution figures count only the actions the reader may see", async () => {
    const [period] = await handle.db.select().from(s.periods).where(eq(s.periods.year, 2025));
    const sum = (rows: Array<{ expectedOpen: number; verified: number }>) => rows.reduce((n, r) => n + r.expectedOpen + r.verified, 0);
    const all = await dashboardData({ actor: actors.sekretariat!, periodId: period!.id });
    const kesra = await dashboardData({ actor: actors.kesra!, periodId: period!.id });
    const bappeda = await dashboardData({ actor: actors.bappeda!, periodId: period!.id });
    const links = await handle.db
      .select({ expected: s.actionTargets.expectedContribution, status: s.actionItems.status, agency: s.actionItems.ownerAgencyId })
      .from(s.actionTargets)
      .innerJoin(s.actionItems, eq(s.actionItems.id, s.actionTargets.actionItemId));
    const kesraId = await agencyOf("KESRA");
    const kesraExpected = links.filter((l) => l.agency === kesraId && l.status !== "done" && l.status !== "verified").reduce((n, l) => n + l.expected, 0);
    expect(kesra.contributions.reduce((n, r) => n + r.expectedOpen, 0)).toBe(kesraExpected);
    expect(sum(kesra.contributions)).toBeLessThan(sum(all.contributions));
    expect(sum(bappeda.contributions)).toBe(0);
  });
});

describe("an action names its meeting only to those who may read the meeting", () => {
  it("a reviewer sees the action of a draft meeting they were not invited to, without the meeting's title", async () => {
    const [bkad] = await handle.db.select().from(s.agencies).where(eq(s.agencies.code, "BKAD"));
    const [action] = await handle.db
      .insert(s.actionItems)
      .values({ title: "Hitung kebutuhan iuran", ownerAgencyId: bkad!.id, dueDate: "2020-01-01", meetingId: draftMeetingId })
      .returning();
    expect((await getActionDetail({ actor: actors.bpjs!, id: action!.id }))?.meetingTitle).toBeNull();
    expect((await getActionDetail({ actor: actors.bkad!, id: action!.id }))?.meetingTitle).toBe("Rapat teknis iuran APBD");
    const listed = (await listVisibleActions({ actor: actors.bpjs!, page: 1, filters: { agencyId: bkad!.id } })).rows.find((r) => r.id === action!.id);
    expect(listed).toMatchObject({ meetingId: null, meetingTitle: null });
    const onBoard = (await actionBoard({ actor: actors.bpjs!, filters: { agencyId: bkad!.id } })).flatMap((c) => c.rows).find((r) => r.id === action!.id);
    expect(onBoard).toMatchObject({ meetingId: null, meetingTitle: null });
    // The owner's agency head was invited: the list, the board and the home page's summary name the meeting.
    const own = (await listVisibleActions({ actor: actors.bkad!, page: 1, filters: { agencyId: bkad!.id } })).rows.find((r) => r.id === action!.id);
    expect(own).toMatchObject({ meetingId: draftMeetingId, meetingTitle: "Rapat teknis iuran APBD" });
    const ownBoard = (await actionBoard({ actor: actors.bkad!, filters: {} })).flatMap((c) => c.rows).find((r) => r.id === action!.id);
    expect(ownBoard).toMatchObject({ meetingId: draftMeetingId, meetingTitle: "Rapat teknis iuran APBD" });
    const summary = await agencyActionSummary({ actor: actors.bkad! });
    const inSummary = [...summary.overdue.rows, ...summary.dueSoon.rows, ...summary.inProgress.rows].find((r) => r.id === action!.id);
    expect(inSummary).toMatchObject({ meetingId: draftMeetingId, meetingTitle: "Rapat teknis iuran APBD" });
  });
});
