import { pgEnum } from "drizzle-orm/pg-core";
import { locales } from "../../lib/i18n/config";
import {
  actionStatuses,
  agencyKinds,
  attendanceStatuses,
  confirmationStatuses,
  figureSources,
  meetingStatuses,
  meetingTypes,
  notificationKinds,
  priorities,
  roles,
  sessionEndReasons,
  tenantKinds,
} from "../../lib/domain/enums";

// The values live in lib/domain/enums.ts (no drizzle there, so the browser may import them).
export * from "../../lib/domain/enums";

export const roleEnum = pgEnum("role", roles);
export const agencyKindEnum = pgEnum("agency_kind", agencyKinds);
export const meetingTypeEnum = pgEnum("meeting_type", meetingTypes);
export const meetingStatusEnum = pgEnum("meeting_status", meetingStatuses);
export const attendanceStatusEnum = pgEnum("attendance_status", attendanceStatuses);
export const confirmationStatusEnum = pgEnum("confirmation_status", confirmationStatuses);
export const actionStatusEnum = pgEnum("action_status", actionStatuses);
export const priorityEnum = pgEnum("priority", priorities);
export const figureSourceEnum = pgEnum("figure_source", figureSources);
export const notificationKindEnum = pgEnum("notification_kind", notificationKinds);
/** The language a user reads the portal and their e-mails in. */
export const localeEnum = pgEnum("locale", locales);
export const sessionEndReasonEnum = pgEnum("session_end_reason", sessionEndReasons);

export const tenantKindEnum = pgEnum("tenant_kind", tenantKinds);
