import { describe, expect, it } from "vitest";
import { actionStatuses } from "@/db/schema/enums";
import {
  actionCapabilities,
  allowedMoves,
  canMove,
  decide,
  landingOf,
  meetingCapabilities,
  readsEveryAgency,
  standingOf,
  type Actor,
  type Standing,
} from "./index";

describe("the status workflow", () => {
  /** Every allowed move, written out; anything not here is refused. */
  const allowed: Array<[Standing, string, string]> = [];
  for (const who of ["owner", "secretariat", "admin"] as const) {
    for (const [from, tos] of Object.entries({
      open: ["in_progress", "blocked", "done"],
      in_progress: ["open", "blocked", "done"],
      blocked: ["open", "in_progress", "done"],
    })) {
      for (const to of tos) allowed.push([who, from, to]);
    }
    allowed.push([who, "done", "in_progress"]);
  }
  allowed.push(["reviewer", "done", "verified"], ["reviewer", "done", "in_progress"], ["admin", "done", "verified"], ["admin", "verified", "in_progress"]);

  const standings: Standing[] = ["owner", "supporter", "secretariat", "admin", "reviewer", "viewer", "outsider"];
  for (const who of standings) {
    for (const from of actionStatuses) {
      for (const to of actionStatuses) {
        if (from === to) continue;
        const expected = allowed.some(([w, f, t]) => w === who && f === from && t === to);
        it(`${who}: ${from} → ${to} is ${expected ? "allowed" : "refused"}`, () => expect(canMove(who, from, to)).toBe(expected));
      }
    }
  }

  it("tells owner, supporter and outsider agencies apart", () => {
    const action = { ownerAgencyId: 1, supporterIds: [2] };
    expect(standingOf({ role: "agency_head", agencyId: 1 }, action)).toBe("owner");
    expect(standingOf({ role: "agency_head", agencyId: 2 }, action)).toBe("supporter");
    expect(standingOf({ role: "agency_head", agencyId: 3 }, action)).toBe("outsider");
    expect(standingOf({ role: "reviewer", agencyId: 1 }, action)).toBe("reviewer");
  });
});

const bkad: Actor = { id: 10, role: "agency_head", agencyId: 1, tenantId: 1 };
const dpmd: Actor = { id: 11, role: "agency_head", agencyId: 2, tenantId: 1 };
const kesra: Actor = { id: 12, role: "agency_head", agencyId: 3, tenantId: 1 };
const noAgency: Actor = { id: 13, role: "agency_head", agencyId: null, tenantId: 1 };
const clerk: Actor = { id: 20, role: "secretariat", agencyId: null, tenantId: 1 };
const admin: Actor = { id: 21, role: "admin", agencyId: null, tenantId: 1 };
const bpjs: Actor = { id: 30, role: "reviewer", agencyId: 9, tenantId: 1 };
const sekda: Actor = { id: 40, role: "viewer", agencyId: null, tenantId: 1 };

describe("decisions on one action", () => {
  const action = { ownerAgencyId: 1, supporterIds: [2], status: "in_progress" as const };
  /** operation -> who is allowed; everyone else is refused, and outsiders are told "notFound". */
  const table: Record<string, Actor[]> = {
    "action.read": [bkad, dpmd, clerk, admin, bpjs, sekda],
    "action.plan": [clerk, admin],
    "action.work": [bkad, clerk, admin],
    "action.report": [bkad, dpmd, clerk, admin],
    "action.comment": [bkad, dpmd, clerk, admin, bpjs],
    "action.review": [admin, bpjs],
  };
  for (const [operation, allowed] of Object.entries(table)) {
    for (const actor of [bkad, dpmd, kesra, noAgency, clerk, admin, bpjs, sekda]) {
      const expected = allowed.includes(actor);
      it(`${operation}: ${actor.role} of agency ${actor.agencyId} is ${expected ? "allowed" : "refused"}`, () => {
        const decision = decide(actor, operation as "action.read", action);
        expect(decision.allowed).toBe(expected);
        if (!expected && (actor === kesra || actor === noAgency) && operation !== "action.review")
          expect(decision).toEqual({
            allowed: false,
            reason:
              operation === "action.read" || operation === "action.report" || operation === "action.work" || operation === "action.comment"
                ? "notFound"
                : "forbidden",
          });
      });
    }
  }

  it("offers each actor the moves the workflow gives their standing, never verifying by hand", () => {
    expect(allowedMoves(bkad, action)).toEqual(["open", "blocked", "done"]);
    expect(allowedMoves(dpmd, action)).toEqual([]);
    expect(allowedMoves(bpjs, { ...action, status: "done" })).toEqual([]);
    expect(allowedMoves(kesra, action)).toEqual([]);
    expect(allowedMoves(admin, { ...action, status: "verified" })).toEqual(["in_progress"]);
  });

  it("hands a page its capabilities, so components never look at the role", () => {
    expect(actionCapabilities(dpmd, action)).toEqual({ editPlan: false, moves: [], report: true, review: false, comment: true });
    expect(actionCapabilities(clerk, { ...action, status: "verified" })).toMatchObject({ editPlan: true, report: false, moves: [] });
    expect(actionCapabilities(bpjs, { ...action, status: "done" })).toEqual({ editPlan: false, moves: [], report: false, review: true, comment: true });
    expect(actionCapabilities(sekda, action)).toEqual({ editPlan: false, moves: [], report: false, review: false, comment: false });
  });
});

describe("decisions on one meeting", () => {
  const draft = { status: "draft" as const, attendeeUserIds: [10, null], attendeeAgencyIds: [1, null] };
  const final = { ...draft, status: "minutes_final" as const };
  it("reads as the meeting scope does", () => {
    expect(decide(bkad, "meeting.read", draft).allowed).toBe(true);
    expect(decide(dpmd, "meeting.read", draft)).toEqual({ allowed: false, reason: "notFound" });
    expect(decide(bpjs, "meeting.read", draft)).toEqual({ allowed: false, reason: "notFound" });
    expect(decide(bpjs, "meeting.read", final).allowed).toBe(true);
    expect(decide({ ...bpjs, id: 10 }, "meeting.read", draft).allowed).toBe(true);
    expect(decide(noAgency, "meeting.read", final)).toEqual({ allowed: false, reason: "notFound" });
  });
  it("lets only invited people confirm final minutes", () => {
    expect(decide(bkad, "meeting.confirm", draft)).toEqual({ allowed: false, reason: "notFinalYet" });
    expect(decide(bkad, "meeting.confirm", final).allowed).toBe(true);
    expect(decide(clerk, "meeting.confirm", final)).toEqual({ allowed: false, reason: "notAnAttendee" });
    expect(decide(bkad, "meeting.update", final)).toEqual({ allowed: false, reason: "forbidden" });
  });
  it("hands the meeting page its capabilities", () => {
    expect(meetingCapabilities(clerk, draft)).toEqual({ edit: true, attendance: true, minutes: true, history: true, finalize: true, confirm: false });
    expect(meetingCapabilities(clerk, final)).toMatchObject({ edit: false, finalize: false, minutes: true });
    expect(meetingCapabilities(bkad, final)).toEqual({ edit: false, attendance: false, minutes: false, history: false, finalize: false, confirm: true });
  });
});

describe("landing and lists", () => {
  it("sends each role to its work", () => {
    expect([bkad, bpjs, sekda, clerk, admin].map(landingOf)).toEqual(["agency", "review", "leader", "meetings", "meetings"]);
    expect([bkad, bpjs, sekda, clerk].map(readsEveryAgency)).toEqual([false, true, true, true]);
  });
});

describe("the roles above the regency", () => {
  const overseers: Actor[] = (["province_viewer", "regional_reviewer", "platform_admin"] as const).map((role, i) => ({
    id: 90 + i,
    role,
    agencyId: null,
    tenantId: 3,
  }));
  const action = { ownerAgencyId: 1, supporterIds: [2], status: "done" as const };
  const meeting = { status: "minutes_final" as const, attendeeUserIds: [90, 91, 92], attendeeAgencyIds: [1] };

  it("land on the roll-up", () => {
    expect(overseers.map(landingOf)).toEqual(["rollup", "rollup", "rollup"]);
  });

  it("have no standing on a regency's action or meeting, even when named on it", () => {
    for (const actor of overseers) {
      expect(standingOf(actor, action)).toBe("outsider");
      for (const op of ["action.read", "action.plan", "action.work", "action.report", "action.comment", "action.review"] as const) {
        expect(decide(actor, op, action).allowed).toBe(false);
      }
      for (const op of ["meeting.read", "meeting.update", "meeting.finalize", "meeting.confirm"] as const) {
        expect(decide(actor, op, meeting).allowed).toBe(false);
      }
      expect(actionCapabilities(actor, action)).toEqual({ editPlan: false, moves: [], report: false, review: false, comment: false });
    }
  });
});
