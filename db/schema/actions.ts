import { sql } from "drizzle-orm";
import { check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { actionStatusEnum, priorityEnum } from "./enums";
import { commitments, meetings } from "./meetings";
import { agencies, users } from "./people";
import { sectorTargets } from "./targets";
import { sameTenant, tenantId } from "./tenants";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** What was agreed, owned by an office (agency); the assignee is whoever holds it now. */
export const actionItems = pgTable(
  "action_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    meetingId: integer().references(() => meetings.id, { onDelete: "set null" }),
    commitmentId: integer().references(() => commitments.id, { onDelete: "set null" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    ownerAgencyId: integer()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
    assigneeId: integer().references(() => users.id, { onDelete: "set null" }),
    dueDate: date({ mode: "string" }).notNull(),
    priority: priorityEnum().notNull().default("normal"),
    status: actionStatusEnum().notNull().default("open"),
    blockedReason: text(),
    version: integer().notNull().default(1),
    completedAt: timestamp({ withTimezone: true }),
    verifiedAt: timestamp({ withTimezone: true }),
    verifiedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("action_items_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("action_items_meeting_id_tenant_fk", t.tenantId, t.meetingId, meetings),
    sameTenant("action_items_commitment_id_tenant_fk", t.tenantId, t.commitmentId, commitments),
    sameTenant("action_items_owner_agency_id_tenant_fk", t.tenantId, t.ownerAgencyId, agencies),
    sameTenant("action_items_assignee_id_tenant_fk", t.tenantId, t.assigneeId, users),
    sameTenant("action_items_verified_by_id_tenant_fk", t.tenantId, t.verifiedById, users),
    sameTenant("action_items_created_by_id_tenant_fk", t.tenantId, t.createdById, users),
    index("action_items_owner_status_due_idx").on(t.ownerAgencyId, t.status, t.dueDate),
    index("action_items_status_due_idx").on(t.status, t.dueDate),
    index("action_items_meeting_idx").on(t.meetingId),
    index("action_items_commitment_idx").on(t.commitmentId),
    index("action_items_assignee_idx").on(t.assigneeId),
    // The action list's order (open first, then by due date): its first page is an index scan, not a sort of every row.
    index("action_items_list_order_idx").on(sql`(case when ${t.status} in ('done', 'verified') then 1 else 0 end)`, t.dueDate, t.id),
    // An agency's own actions in the list's order (lib/policy readableActionParts): its pages, board columns and home groups
    // read the rows they show; the status at the end lets the board's columns and the counts be answered from the index.
    index("action_items_owner_list_order_idx").on(
      t.tenantId,
      t.ownerAgencyId,
      sql`(case when ${t.status} in ('done', 'verified') then 1 else 0 end)`,
      t.dueDate,
      t.id,
      t.status,
    ),
    check("action_items_title_not_blank", sql`length(trim(${t.title})) > 0`),
    check("action_items_blocked_reason", sql`${t.status} <> 'blocked' or length(trim(coalesce(${t.blockedReason}, ''))) > 0`),
  ],
);

/** Agencies that support an action and may also report progress on it. */
export const actionSupporters = pgTable(
  "action_supporters",
  {
    tenantId: tenantId(),
    actionItemId: integer()
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    agencyId: integer()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
  },
  (t) => [
    sameTenant("action_supporters_action_item_id_tenant_fk", t.tenantId, t.actionItemId, actionItems),
    sameTenant("action_supporters_agency_id_tenant_fk", t.tenantId, t.agencyId, agencies),
    primaryKey({ columns: [t.actionItemId, t.agencyId] }),
    index("action_supporters_agency_idx").on(t.agencyId),
  ],
);

export const actionSteps = pgTable(
  "action_steps",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    actionItemId: integer()
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    title: text().notNull(),
    dueDate: date({ mode: "string" }),
    doneAt: timestamp({ withTimezone: true }),
    doneById: integer().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    sameTenant("action_steps_action_item_id_tenant_fk", t.tenantId, t.actionItemId, actionItems),
    sameTenant("action_steps_done_by_id_tenant_fk", t.tenantId, t.doneById, users),
    uniqueIndex("action_steps_action_position_key").on(t.actionItemId, t.position),
  ],
);

export const progressUpdates = pgTable(
  "progress_updates",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    actionItemId: integer()
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    percent: integer(),
    figureAchieved: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("progress_updates_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("progress_updates_action_item_id_tenant_fk", t.tenantId, t.actionItemId, actionItems),
    sameTenant("progress_updates_author_id_tenant_fk", t.tenantId, t.authorId, users),
    index("progress_updates_action_idx").on(t.actionItemId, t.createdAt),
    check("progress_updates_percent_range", sql`${t.percent} is null or ${t.percent} between 0 and 100`),
    check("progress_updates_figure_nonneg", sql`${t.figureAchieved} is null or ${t.figureAchieved} >= 0`),
  ],
);

/** Evidence is stored in the database so that backups reach it. */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    progressUpdateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("evidence_files_progress_update_id_tenant_fk", t.tenantId, t.progressUpdateId, progressUpdates),
    sameTenant("evidence_files_uploaded_by_id_tenant_fk", t.tenantId, t.uploadedById, users),
    index("evidence_files_update_idx").on(t.progressUpdateId),
    check("evidence_files_size", sql`${t.sizeBytes} between 0 and 10485760`),
  ],
);

export const actionComments = pgTable(
  "action_comments",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    actionItemId: integer()
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    authorId: integer().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameTenant("action_comments_action_item_id_tenant_fk", t.tenantId, t.actionItemId, actionItems),
    sameTenant("action_comments_author_id_tenant_fk", t.tenantId, t.authorId, users),
    index("action_comments_action_idx").on(t.actionItemId, t.createdAt),
  ],
);

/** Which sector targets an action serves, with the contribution expected and verified. */
export const actionTargets = pgTable(
  "action_targets",
  {
    tenantId: tenantId(),
    actionItemId: integer()
      .notNull()
      .references(() => actionItems.id, { onDelete: "cascade" }),
    sectorTargetId: integer()
      .notNull()
      .references(() => sectorTargets.id, { onDelete: "restrict" }),
    expectedContribution: integer().notNull(),
    reportedContribution: integer().notNull().default(0),
    verifiedContribution: integer().notNull().default(0),
  },
  (t) => [
    sameTenant("action_targets_action_item_id_tenant_fk", t.tenantId, t.actionItemId, actionItems),
    sameTenant("action_targets_sector_target_id_tenant_fk", t.tenantId, t.sectorTargetId, sectorTargets),
    primaryKey({ columns: [t.actionItemId, t.sectorTargetId] }),
    index("action_targets_sector_target_idx").on(t.sectorTargetId),
    check("action_targets_nonneg", sql`${t.expectedContribution} >= 0 and ${t.reportedContribution} >= 0 and ${t.verifiedContribution} >= 0`),
  ],
);
