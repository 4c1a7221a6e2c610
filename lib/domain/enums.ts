/**
 * The closed sets of the domain as plain values: no database or server import, so client
 * components may use them without shipping drizzle to the browser. db/schema/enums.ts builds
 * the PostgreSQL enums from these arrays.
 */
/** The roles of a regency's own people: they belong to a regency tenant. */
export const regencyRoles = ["admin", "secretariat", "agency_head", "reviewer", "viewer"] as const;
/**
 * The roles above the regency: they belong to a region tenant (a province, a BPJS regional office)
 * and read the regencies granted to them (oversight_grants); a platform admin reads every regency
 * and creates new ones.
 */
export const overseerRoles = ["province_viewer", "regional_reviewer", "platform_admin"] as const;
export const roles = [...regencyRoles, ...overseerRoles] as const;
export type Role = (typeof roles)[number];
export type RegencyRole = (typeof regencyRoles)[number];
export type OverseerRole = (typeof overseerRoles)[number];
/** The overseers a platform admin creates and assigns regencies to. */
export const grantedRoles = ["province_viewer", "regional_reviewer"] as const;
export type GrantedRole = (typeof grantedRoles)[number];

export function isOverseer(role: Role): role is OverseerRole {
  return (overseerRoles as readonly Role[]).includes(role);
}

/** A regency holds meetings and data; a region holds the people above the regencies. */
export const tenantKinds = ["regency", "region"] as const;
export type TenantKind = (typeof tenantKinds)[number];

export const agencyKinds = ["dinas", "badan", "bagian", "secretariat", "bpjs", "other"] as const;

export const meetingTypes = ["coordination", "monev", "technical", "other"] as const;
export type MeetingType = (typeof meetingTypes)[number];

export const meetingStatuses = ["draft", "held", "minutes_final"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceStatuses = ["invited", "present", "absent", "represented"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const confirmationStatuses = ["confirmed", "objected"] as const;

export const actionStatuses = ["open", "in_progress", "blocked", "done", "verified"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const priorities = ["low", "normal", "high"] as const;
export type Priority = (typeof priorities)[number];

/** Where a figure comes from: docs/domain.md asks every figure to carry its source. */
export const figureSources = ["bpjs_branch", "bps", "bappeda", "meeting", "other"] as const;
export type FigureSource = (typeof figureSources)[number];

/** "legacy" marks notices written as finished Indonesian sentences before notices had parameters. */
export const notificationKinds = ["assigned", "reassigned", "due_soon", "overdue", "returned", "verified", "minutes_final", "legacy"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Why a session ended: said on the account page and kept for the audit. */
export const sessionEndReasons = [
  "logout",
  "logout_everywhere",
  "deactivated",
  "role_changed",
  "password_changed",
  "password_reset",
  "ended_by_admin",
] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];
