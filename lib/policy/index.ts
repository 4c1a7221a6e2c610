import type { ActionStatus, MeetingStatus } from "@/db/schema/enums";
import { actionStatuses } from "@/db/schema/enums";
import { can, noteRefusal, type Actor, type Operation } from "@/lib/authz";
import { FieldError, type ErrorKey } from "@/lib/errors";

/**
 * THE authorization policy. Three questions, one place:
 * - may this actor do this operation at all (the role table in lib/authz.ts, `can`);
 * - may this actor do this operation on this record (`decide`, below);
 * - which records may this actor read (the where-clauses in ./scopes.ts, used by every query).
 * Commands ask `enforce` (which throws the refusal); pages ask it once and hand the answers to components
 * (`actionCapabilities`, `meetingCapabilities`); no page or component re-derives a rule from a role.
 * The decisions per read are written down in SECURITY.md ("Who reads what").
 */
export { can, authorize, ForbiddenError, operations, permissions, type Actor, type Operation } from "@/lib/authz";
export { readableActionParts, readableActions, readableMeetings, type ActionScopePart } from "./scopes";

/** What the policy needs to know of an action. */
export interface ActionRecord {
  ownerAgencyId: number;
  supporterIds: number[];
  status: ActionStatus;
}

/** What the policy needs to know of a meeting. */
export interface MeetingRecord {
  status: MeetingStatus;
  attendeeUserIds: Array<number | null>;
  attendeeAgencyIds: Array<number | null>;
}

/** How a person stands to one action: the owning agency, a supporting one, or by role. */
export type Standing = "owner" | "supporter" | "secretariat" | "admin" | "reviewer" | "viewer" | "outsider";

export function standingOf(actor: Pick<Actor, "role" | "agencyId">, action: Pick<ActionRecord, "ownerAgencyId" | "supporterIds">): Standing {
  switch (actor.role) {
    case "admin":
      return "admin";
    case "secretariat":
      return "secretariat";
    case "reviewer":
      return "reviewer";
    case "viewer":
      return "viewer";
    case "agency_head":
      if (actor.agencyId === action.ownerAgencyId) return "owner";
      if (actor.agencyId !== null && action.supporterIds.includes(actor.agencyId)) return "supporter";
      return "outsider";
    // Above the regency: no standing to any one action (the roll-up reads counts, read-only).
    case "province_viewer":
    case "regional_reviewer":
    case "platform_admin":
      return "outsider";
  }
}

const workers: Standing[] = ["owner", "secretariat", "admin"];

/**
 * THE workflow: from each status, which standings may move an action to which status.
 * The owning agency works it; the BPJS branch verifies or returns what is reported done.
 */
export const transitions: Record<ActionStatus, Partial<Record<ActionStatus, Standing[]>>> = {
  open: { in_progress: workers, blocked: workers, done: workers },
  in_progress: { open: workers, blocked: workers, done: workers },
  blocked: { open: workers, in_progress: workers, done: workers },
  done: { verified: ["reviewer", "admin"], in_progress: ["reviewer", "admin", "owner", "secretariat"] },
  verified: { in_progress: ["admin"] },
};

export function canMove(standing: Standing, from: ActionStatus, to: ActionStatus): boolean {
  return transitions[from][to]?.includes(standing) ?? false;
}

/** Operations decided per record; each also needs the role table's operation of the same name. */
export type ActionOperation = "action.read" | "action.plan" | "action.work" | "action.report" | "action.comment" | "action.review";
export type MeetingOperation = "meeting.read" | "meeting.update" | "meeting.finalize" | "meeting.confirm";

/** The role table's operation behind a record operation. */
const roleOperation: Record<ActionOperation | MeetingOperation, Operation> = {
  "action.read": "action.read",
  "action.plan": "action.plan",
  "action.work": "action.work",
  "action.report": "action.work",
  "action.comment": "action.comment",
  "action.review": "action.review",
  "meeting.read": "meeting.read",
  "meeting.update": "meeting.update",
  "meeting.finalize": "meeting.finalize",
  "meeting.confirm": "meeting.confirm",
};

/** Allowed, or the reason to tell: "notFound" where the record must not be known to exist. */
export type Decision = { allowed: true } | { allowed: false; reason: ErrorKey };
const yes: Decision = { allowed: true };
const no = (reason: ErrorKey): Decision => ({ allowed: false, reason });

function decideAction(actor: Actor, operation: ActionOperation, action: ActionRecord): Decision {
  const standing = standingOf(actor, action);
  if (standing === "outsider") return no("notFound");
  switch (operation) {
    case "action.read":
      return yes;
    case "action.plan":
      return standing === "secretariat" || standing === "admin" ? yes : no("forbidden");
    // Moving it along the workflow; which moves, `allowedMoves` says.
    case "action.work":
      return workers.includes(standing) ? yes : no("forbidden");
    // Progress, evidence and agreed steps: the agencies on the action and the secretariat.
    case "action.report":
      return ["owner", "supporter", "secretariat", "admin"].includes(standing) ? yes : no("forbidden");
    case "action.comment":
      return standing === "viewer" ? no("forbidden") : yes;
    case "action.review":
      return standing === "reviewer" || standing === "admin" ? yes : no("forbidden");
  }
}

/** Read as in ./scopes.ts `readableMeetings`: the same rule for one record. */
function readsMeeting(actor: Actor, meeting: MeetingRecord): boolean {
  const invited = meeting.attendeeUserIds.includes(actor.id);
  switch (actor.role) {
    case "admin":
    case "secretariat":
      return true;
    case "agency_head":
      return invited || (actor.agencyId !== null && meeting.attendeeAgencyIds.includes(actor.agencyId));
    case "reviewer":
    case "viewer":
      return invited || meeting.status === "minutes_final";
    case "province_viewer":
    case "regional_reviewer":
    case "platform_admin":
      return false;
  }
}

function decideMeeting(actor: Actor, operation: MeetingOperation, meeting: MeetingRecord): Decision {
  if (!readsMeeting(actor, meeting)) return no("notFound");
  switch (operation) {
    case "meeting.read":
    case "meeting.update":
    case "meeting.finalize":
      return yes;
    case "meeting.confirm":
      if (meeting.status !== "minutes_final") return no("notFinalYet");
      return meeting.attendeeUserIds.includes(actor.id) ? yes : no("notAnAttendee");
  }
}

/** May `actor` do `operation` on this record? The role table first, then the record. */
export function decide(actor: Actor, operation: ActionOperation, record: ActionRecord): Decision;
export function decide(actor: Actor, operation: MeetingOperation, record: MeetingRecord): Decision;
export function decide(actor: Actor, operation: ActionOperation | MeetingOperation, record: ActionRecord | MeetingRecord): Decision {
  if (!can(actor, roleOperation[operation])) return no("forbidden");
  return operation.startsWith("action.")
    ? decideAction(actor, operation as ActionOperation, record as ActionRecord)
    : decideMeeting(actor, operation as MeetingOperation, record as MeetingRecord);
}

/** For commands: `decide`, and a refusal becomes the form's error (and an audit log entry). */
export function enforce(actor: Actor, operation: ActionOperation, record: ActionRecord): void;
export function enforce(actor: Actor, operation: MeetingOperation, record: MeetingRecord): void;
export function enforce(actor: Actor, operation: ActionOperation | MeetingOperation, record: ActionRecord | MeetingRecord): void {
  const decision = decide(actor, operation as ActionOperation, record as ActionRecord);
  if (decision.allowed) return;
  noteRefusal(actor, roleOperation[operation]);
  throw new FieldError("form", decision.reason);
}

/** The statuses this actor may move this action to by hand (verifying goes through review). */
export function allowedMoves(actor: Actor, action: ActionRecord): ActionStatus[] {
  if (!decide(actor, "action.read", action).allowed || !can(actor, "action.work")) return [];
  const standing = standingOf(actor, action);
  if (standing === "reviewer") return [];
  return actionStatuses.filter((to) => to !== "verified" && to !== action.status && canMove(standing, action.status, to));
}

/** What an action page offers this actor, decided once and passed down to the components. */
export function actionCapabilities(actor: Actor, action: ActionRecord) {
  const may = (operation: ActionOperation) => decide(actor, operation, action).allowed;
  return {
    editPlan: may("action.plan"),
    moves: allowedMoves(actor, action),
    report: may("action.report") && action.status !== "verified",
    review: may("action.review") && action.status === "done",
    comment: may("action.comment"),
  };
}
export type ActionCapabilities = ReturnType<typeof actionCapabilities>;

/** What a meeting page offers this actor. */
export function meetingCapabilities(actor: Actor, meeting: MeetingRecord) {
  const final = meeting.status === "minutes_final";
  const update = decide(actor, "meeting.update", meeting).allowed;
  return {
    edit: update && !final,
    attendance: update,
    minutes: update,
    history: update,
    finalize: !final && update && decide(actor, "meeting.finalize", meeting).allowed,
    confirm: decide(actor, "meeting.confirm", meeting).allowed,
  };
}
export type MeetingCapabilities = ReturnType<typeof meetingCapabilities>;

/** Which landing page a person gets: the work of their role. */
export type Landing = "agency" | "review" | "leader" | "meetings" | "rollup";
export function landingOf(actor: Actor): Landing {
  switch (actor.role) {
    case "province_viewer":
    case "regional_reviewer":
    case "platform_admin":
      return "rollup";
    case "agency_head":
      return "agency";
    case "reviewer":
      return "review";
    case "viewer":
      return "leader";
    case "admin":
    case "secretariat":
      return "meetings";
  }
}

/** True when the actor reads the actions of every agency (lists then offer an agency filter). */
export function readsEveryAgency(actor: Actor): boolean {
  return actor.role !== "agency_head";
}
