import { pgEnum } from "drizzle-orm/pg-core";
import { locales } from "../../lib/i18n/config";

export const roles = ["admin", "secretariat", "agency_head", "reviewer", "viewer"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

export const agencyKinds = ["dinas", "badan", "bagian", "secretariat", "bpjs", "other"] as const;
export const agencyKindEnum = pgEnum("agency_kind", agencyKinds);

export const meetingTypes = ["coordination", "monev", "technical", "other"] as const;
export type MeetingType = (typeof meetingTypes)[number];
export const meetingTypeEnum = pgEnum("meeting_type", meetingTypes);

export const meetingStatuses = ["draft", "held", "minutes_final"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusEnum = pgEnum("meeting_status", meetingStatuses);

export const attendanceStatuses = ["invited", "present", "absent", "represented"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusEnum = pgEnum("attendance_status", attendanceStatuses);

export const confirmationStatuses = ["confirmed", "objected"] as const;
export const confirmationStatusEnum = pgEnum("confirmation_status", confirmationStatuses);

export const actionStatuses = ["open", "in_progress", "blocked", "done", "verified"] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusEnum = pgEnum("action_status", actionStatuses);

export const priorities = ["low", "normal", "high"] as const;
export type Priority = (typeof priorities)[number];
export const priorityEnum = pgEnum("priority", priorities);

/** Where a figure comes from: docs/domain.md asks every figure to carry its source. */
export const figureSources = ["bpjs_branch", "bps", "bappeda", "meeting", "other"] as const;
export type FigureSource = (typeof figureSources)[number];
export const figureSourceEnum = pgEnum("figure_source", figureSources);

/** "legacy" marks notices written as finished Indonesian sentences before notices had parameters. */
export const notificationKinds = ["assigned", "reassigned", "due_soon", "overdue", "returned", "verified", "minutes_final", "legacy"] as const;
export type NotificationKind = (typeof notificationKinds)[number];
export const notificationKindEnum = pgEnum("notification_kind", notificationKinds);

/** The language a user reads the portal and their e-mails in. */
export const localeEnum = pgEnum("locale", locales);

/** Why a session ended: said on the account page and kept for the audit. */
export const sessionEndReasons = ["logout", "logout_everywhere", "deactivated", "role_changed", "password_changed", "password_reset", "ended_by_admin"] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];
export const sessionEndReasonEnum = pgEnum("session_end_reason", sessionEndReasons);
