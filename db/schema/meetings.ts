import { sql } from "drizzle-orm";
import { boolean, check, customType, date, index, integer, pgTable, text, timestamp, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { attendanceStatusEnum, confirmationStatusEnum, meetingStatusEnum, meetingTypeEnum } from "./enums";
import { agencies, users } from "./people";
import { sectors } from "./targets";
import { sameTenant, tenantId } from "./tenants";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Meetings that recur (the monthly UC monitoring meeting) share a series. */
export const meetingSeries = pgTable(
  "meeting_series",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    name: text().notNull(),
    description: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("meeting_series_tenant_id_key").on(t.tenantId, t.id), unique("meeting_series_name_key").on(t.tenantId, t.name)],
);

export const meetings = pgTable(
  "meetings",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    title: text().notNull(),
    type: meetingTypeEnum().notNull(),
    seriesId: integer().references(() => meetingSeries.id, { onDelete: "set null" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }),
    place: text().notNull().default(""),
    onlineUrl: text(),
    chairName: text().notNull(),
    chairPosition: text().notNull().default(""),
    chairUserId: integer().references(() => users.id, { onDelete: "set null" }),
    minuteTakerName: text().notNull().default(""),
    minuteTakerPosition: text().notNull().default(""),
    summary: text().notNull().default(""),
    conclusions: text().notNull().default(""),
    status: meetingStatusEnum().notNull().default("draft"),
    /** The details and agenda list (the edit form; the calendar's SEQUENCE). ARCHITECTURE.md, "Versions". */
    version: integer().notNull().default(1),
    /** The minutes text (summary, conclusions, agenda notes) and finalising them. */
    minutesVersion: integer().notNull().default(1),
    finalizedAt: timestamp({ withTimezone: true }),
    finalizedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Title, minutes, statements and commitments, rebuilt by every change (lib/meetings/search.ts). */
    search: tsvector()
      .notNull()
      .default(sql`''::tsvector`),
  },
  (t) => [
    unique("meetings_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("meetings_series_id_tenant_fk", t.tenantId, t.seriesId, meetingSeries),
    sameTenant("meetings_chair_user_id_tenant_fk", t.tenantId, t.chairUserId, users),
    sameTenant("meetings_finalized_by_id_tenant_fk", t.tenantId, t.finalizedById, users),
    sameTenant("meetings_created_by_id_tenant_fk", t.tenantId, t.createdById, users),
    index("meetings_search_idx").using("gin", t.search),
    index("meetings_type_idx").on(t.type, t.startsAt),
    index("meetings_starts_at_idx").on(t.startsAt.desc(), t.id),
    index("meetings_series_idx").on(t.seriesId, t.startsAt),
    index("meetings_status_idx").on(t.status, t.startsAt),
    check("meetings_title_not_blank", sql`length(trim(${t.title})) > 0`),
    check("meetings_ends_after_start", sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
    check("meetings_final_has_time", sql`${t.status} <> 'minutes_final' or ${t.finalizedAt} is not null`),
  ],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    /** Minutes of the discussion under this item. */
    notes: text().notNull().default(""),
    isCarryOverReview: boolean().notNull().default(false),
  },
  (t) => [
    unique("agenda_items_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("agenda_items_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    uniqueIndex("agenda_items_meeting_position_key").on(t.meetingId, t.position),
  ],
);

/** A user invited by login, or an external guest with a name, position and institution. */
export const attendees = pgTable(
  "attendees",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: integer().references(() => users.id, { onDelete: "set null" }),
    agencyId: integer().references(() => agencies.id, { onDelete: "set null" }),
    name: text().notNull(),
    position: text().notNull().default(""),
    institution: text().notNull().default(""),
    isChair: boolean().notNull().default(false),
    attendance: attendanceStatusEnum().notNull().default("invited"),
    deputyName: text(),
    deputyPosition: text(),
    arrivedAt: timestamp({ withTimezone: true }),
    walkIn: boolean().notNull().default(false),
    /** This row's attendance (status, deputy, arrival): each row is taken on its own. */
    version: integer().notNull().default(1),
  },
  (t) => [
    unique("attendees_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("attendees_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    sameTenant("attendees_user_id_tenant_fk", t.tenantId, t.userId, users),
    sameTenant("attendees_agency_id_tenant_fk", t.tenantId, t.agencyId, agencies),
    uniqueIndex("attendees_meeting_user_key").on(t.meetingId, t.userId),
    index("attendees_agency_meeting_idx").on(t.agencyId, t.meetingId),
    // The meeting read scope's "invited in person" branch (lib/policy/scopes.ts).
    index("attendees_user_meeting_idx").on(t.userId, t.meetingId),
    check("attendees_deputy_named", sql`${t.attendance} <> 'represented' or ${t.deputyName} is not null`),
  ],
);

/** What was said: reports, positions, promises of support. */
export const statements = pgTable(
  "statements",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "set null" }),
    attendeeId: integer().references(() => attendees.id, { onDelete: "set null" }),
    speakerName: text().notNull(),
    speakerPosition: text().notNull().default(""),
    body: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    sameTenant("statements_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    sameTenant("statements_agenda_item_id_tenant_fk", t.tenantId, t.agendaItemId, agendaItems),
    sameTenant("statements_attendee_id_tenant_fk", t.tenantId, t.attendeeId, attendees),
    index("statements_meeting_idx").on(t.meetingId, t.position),
  ],
);

/** A promise an office made in the meeting; action items are created from it. */
export const commitments = pgTable(
  "commitments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    agendaItemId: integer().references(() => agendaItems.id, { onDelete: "set null" }),
    agencyId: integer().references(() => agencies.id, { onDelete: "set null" }),
    /** The office the promise is made to, e.g. the BPJS branch. */
    toAgencyId: integer().references(() => agencies.id, { onDelete: "set null" }),
    committedByName: text().notNull().default(""),
    body: text().notNull(),
    figure: integer(),
    figureUnit: text(),
    sectorId: integer().references(() => sectors.id, { onDelete: "set null" }),
    dueDate: date({ mode: "string" }),
    position: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("commitments_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("commitments_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    sameTenant("commitments_agenda_item_id_tenant_fk", t.tenantId, t.agendaItemId, agendaItems),
    sameTenant("commitments_agency_id_tenant_fk", t.tenantId, t.agencyId, agencies),
    sameTenant("commitments_to_agency_id_tenant_fk", t.tenantId, t.toAgencyId, agencies),
    sameTenant("commitments_sector_id_tenant_fk", t.tenantId, t.sectorId, sectors),
    index("commitments_meeting_idx").on(t.meetingId, t.position),
    index("commitments_to_agency_idx").on(t.toAgencyId, t.createdAt),
    index("commitments_agency_idx").on(t.agencyId),
    check("commitments_body_not_blank", sql`length(trim(${t.body})) > 0`),
  ],
);

/** After the minutes are final, each attendee with a login confirms them or objects. */
export const minutesConfirmations = pgTable(
  "minutes_confirmations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: confirmationStatusEnum().notNull(),
    reason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("minutes_confirmations_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    sameTenant("minutes_confirmations_user_id_tenant_fk", t.tenantId, t.userId, users),
    uniqueIndex("minutes_confirmations_meeting_user_key").on(t.meetingId, t.userId),
    check("minutes_confirmations_objection_reason", sql`${t.status} <> 'objected' or length(trim(coalesce(${t.reason}, ''))) > 0`),
  ],
);

/** A correction to final minutes, with its reason. */
export const meetingAmendments = pgTable(
  "meeting_amendments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    reason: text().notNull(),
    changes: text().notNull(),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("meeting_amendments_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    sameTenant("meeting_amendments_author_id_tenant_fk", t.tenantId, t.authorId, users),
    index("meeting_amendments_meeting_idx").on(t.meetingId, t.createdAt),
    check("meeting_amendments_reason_not_blank", sql`length(trim(${t.reason})) > 0`),
  ],
);
