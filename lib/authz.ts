import type { Role } from "@/db/schema/enums";

/**
 * THE table of who may do what: the role layer of the authorization policy (lib/policy). Every
 * page, server action and route handler asks `can` or `authorize`; who may act on which record
 * and which records a user may read are decided in lib/policy (`decide`, `readableActions`…).
 */
export const permissions = {
  "meeting.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "meeting.create": ["admin", "secretariat"],
  /** Details, attendance, minutes, statements and commitments; amendments once final. */
  "meeting.update": ["admin", "secretariat"],
  "meeting.finalize": ["admin", "secretariat"],
  /** Confirm or object to final minutes; the query also requires being an attendee. */
  "meeting.confirm": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "action.create": ["admin", "secretariat"],
  /** Title, owner, due date, agreed steps and sector links. */
  "action.plan": ["admin", "secretariat"],
  /** Status, steps, progress and evidence; agency heads only on their agency's actions (lib/policy). */
  "action.work": ["admin", "secretariat", "agency_head"],
  "action.comment": ["admin", "secretariat", "agency_head", "reviewer"],
  "action.review": ["admin", "reviewer"],
  "dashboard.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  /** Sectors, periods, regional and sector targets, and the rule setting. */
  "target.manage": ["admin", "secretariat"],
  /** Monthly enrolment realisation: the BPJS branch is the source of truth. */
  "realisation.enter": ["admin", "reviewer"],
  "notification.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  /** Keep one's chosen language, in which notices and e-mails are written. */
  "profile.language": ["admin", "secretariat", "agency_head", "reviewer", "viewer", "province_viewer", "regional_reviewer", "platform_admin"],
  /** Change one's own password, see and end one's own sessions. */
  "profile.security": ["admin", "secretariat", "agency_head", "reviewer", "viewer", "province_viewer", "regional_reviewer", "platform_admin"],
  "action.read": ["admin", "secretariat", "agency_head", "reviewer", "viewer"],
  "commitment.review": ["admin", "reviewer"],
  "agency.manage": ["admin"],
  "user.manage": ["admin"],
  /** Logins, logouts and refused accesses (the audit log). */
  "audit.read": ["admin"],
  /**
   * The roll-up across regencies and its read-only drill-down: the granted regencies
   * (oversight_grants), every regency for a platform admin. No regency operation above is granted
   * to these roles: they never touch a regency's records.
   */
  "rollup.read": ["province_viewer", "regional_reviewer", "platform_admin"],
  /** Create regencies with their first admin, create overseers and choose their regencies. */
  "platform.manage": ["platform_admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Operation = keyof typeof permissions;
export const operations = Object.keys(permissions) as Operation[];

/** What authorization needs to know of the person asking. */
export interface Actor {
  id: number;
  role: Role;
  agencyId: number | null;
  /** The regency the user belongs to: every read scope starts with it (row-level security is the second wall). */
  tenantId: number;
}

export function can(actor: Actor, operation: Operation): boolean {
  return (permissions[operation] as readonly Role[]).includes(actor.role);
}

export class ForbiddenError extends Error {
  constructor(readonly operation: Operation) {
    super(`Forbidden: ${operation}`);
    this.name = "ForbiddenError";
  }
}

type RefusalListener = (actor: Actor, operation: Operation) => void;
// On globalThis: Next.js may load this module once per server bundle, and every copy must tell.
const refusals = globalThis as unknown as { kawalRefusalListener?: RefusalListener };

/** lib/audit/events.ts listens here, so that every refusal reaches the audit log. */
export function onRefusal(listener: RefusalListener): void {
  refusals.kawalRefusalListener = listener;
}

/** Tells the listener of a refusal decided elsewhere (a record-level decision of lib/policy). */
export function noteRefusal(actor: Actor, operation: Operation): void {
  refusals.kawalRefusalListener?.(actor, operation);
}

export function authorize(actor: Actor, operation: Operation): void {
  if (can(actor, operation)) return;
  noteRefusal(actor, operation);
  throw new ForbiddenError(operation);
}
