import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, unique, uniqueIndex } from "drizzle-orm/pg-core";
import { figureSourceEnum } from "./enums";
import { users } from "./people";
import { sameTenant, tenantId } from "./tenants";

/** Who entered a figure, from where and as of when (docs/domain.md: figures disagree across sources). */
const provenance = {
  source: figureSourceEnum().notNull(),
  dataDate: date({ mode: "string" }).notNull(),
  enteredById: integer().references(() => users.id, { onDelete: "set null" }),
  enteredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const sectors = pgTable(
  "sectors",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    code: text().notNull(),
    nameId: text().notNull(),
    nameEn: text().notNull(),
    descriptionId: text().notNull().default(""),
    descriptionEn: text().notNull().default(""),
    active: boolean().notNull().default(true),
    position: integer().notNull().default(0),
  },
  (t) => [
    unique("sectors_tenant_id_key").on(t.tenantId, t.id),
    unique("sectors_code_key").on(t.tenantId, t.code),
    check("sectors_name_not_blank", sql`length(trim(${t.nameId})) > 0`),
  ],
);

export const periods = pgTable(
  "periods",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    year: integer().notNull(),
    startsOn: date({ mode: "string" }).notNull(),
    endsOn: date({ mode: "string" }).notNull(),
  },
  (t) => [
    unique("periods_tenant_id_key").on(t.tenantId, t.id),
    unique("periods_year_key").on(t.tenantId, t.year),
    check("periods_range", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The regency's target for a period: denominator, baseline and target coverage. */
export const coverageTargets = pgTable(
  "coverage_targets",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    periodId: integer()
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    workingPopulation: integer().notNull(),
    baselineParticipants: integer().notNull(),
    baselineCoveragePct: numeric({ precision: 5, scale: 2 }).notNull(),
    targetCoveragePct: numeric({ precision: 5, scale: 2 }).notNull(),
    targetParticipantsStated: integer(),
    deadline: date({ mode: "string" }).notNull(),
    notes: text().notNull().default(""),
    version: integer().notNull().default(1),
    ...provenance,
  },
  (t) => [
    sameTenant("coverage_targets_entered_by_id_tenant_fk", t.tenantId, t.enteredById, users),
    sameTenant("coverage_targets_period_id_tenant_fk", t.tenantId, t.periodId, periods),
    uniqueIndex("coverage_targets_period_key").on(t.periodId),
    check("coverage_targets_population_positive", sql`${t.workingPopulation} > 0`),
    check("coverage_targets_baseline_nonneg", sql`${t.baselineParticipants} >= 0`),
    check("coverage_targets_pct_range", sql`${t.baselineCoveragePct} between 0 and 100 and ${t.targetCoveragePct} between 0 and 100`),
  ],
);

/** A coverage figure as reported somewhere, kept with numerator, denominator and source. */
export const coverageFigures = pgTable(
  "coverage_figures",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    periodId: integer().references(() => periods.id, { onDelete: "set null" }),
    participants: integer(),
    population: integer(),
    coveragePct: numeric({ precision: 5, scale: 2 }).notNull(),
    note: text().notNull().default(""),
    ...provenance,
  },
  (t) => [
    sameTenant("coverage_figures_entered_by_id_tenant_fk", t.tenantId, t.enteredById, users),
    sameTenant("coverage_figures_period_id_tenant_fk", t.tenantId, t.periodId, periods),
    index("coverage_figures_date_idx").on(t.dataDate),
    check("coverage_figures_pct_range", sql`${t.coveragePct} between 0 and 100`),
    check("coverage_figures_counts_nonneg", sql`coalesce(${t.participants}, 0) >= 0 and coalesce(${t.population}, 1) > 0`),
  ],
);

export const sectorTargets = pgTable(
  "sector_targets",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    periodId: integer()
      .notNull()
      .references(() => periods.id, { onDelete: "cascade" }),
    sectorId: integer()
      .notNull()
      .references(() => sectors.id, { onDelete: "restrict" }),
    baselineParticipants: integer().notNull(),
    targetParticipants: integer().notNull(),
    eligiblePopulation: integer(),
    version: integer().notNull().default(1),
    ...provenance,
  },
  (t) => [
    sameTenant("sector_targets_entered_by_id_tenant_fk", t.tenantId, t.enteredById, users),
    unique("sector_targets_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("sector_targets_period_id_tenant_fk", t.tenantId, t.periodId, periods),
    sameTenant("sector_targets_sector_id_tenant_fk", t.tenantId, t.sectorId, sectors),
    uniqueIndex("sector_targets_period_sector_key").on(t.periodId, t.sectorId),
    check("sector_targets_counts_nonneg", sql`${t.baselineParticipants} >= 0 and ${t.targetParticipants} >= 0 and coalesce(${t.eligiblePopulation}, 0) >= 0`),
  ],
);

export const importBatches = pgTable(
  "import_batches",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    fileName: text().notNull(),
    rowCount: integer().notNull(),
    importedById: integer().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("import_batches_tenant_id_key").on(t.tenantId, t.id),
    sameTenant("import_batches_imported_by_id_tenant_fk", t.tenantId, t.importedById, users),
  ],
);

/** Monthly enrolment per sector; one row per sector and month, so a re-import replaces it. */
export const realisations = pgTable(
  "realisations",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    sectorId: integer()
      .notNull()
      .references(() => sectors.id, { onDelete: "restrict" }),
    month: date({ mode: "string" }).notNull(),
    /** Can be negative: a correction of an earlier month's count. */
    newParticipants: integer().notNull(),
    activeParticipants: integer().notNull(),
    importBatchId: integer().references(() => importBatches.id, { onDelete: "set null" }),
    ...provenance,
  },
  (t) => [
    sameTenant("realisations_entered_by_id_tenant_fk", t.tenantId, t.enteredById, users),
    sameTenant("realisations_sector_id_tenant_fk", t.tenantId, t.sectorId, sectors),
    sameTenant("realisations_import_batch_id_tenant_fk", t.tenantId, t.importBatchId, importBatches),
    uniqueIndex("realisations_sector_month_key").on(t.sectorId, t.month),
    index("realisations_month_idx").on(t.month),
    check("realisations_month_first_day", sql`extract(day from ${t.month}) = 1`),
    check("realisations_active_nonneg", sql`${t.activeParticipants} >= 0`),
  ],
);

/** Editable rule settings, e.g. the Permendagri minimum increase and its legal reference. */
export const settings = pgTable(
  "settings",
  {
    tenantId: tenantId(),
    key: text().notNull(),
    value: jsonb().notNull(),
    updatedById: integer().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] }), sameTenant("settings_updated_by_id_tenant_fk", t.tenantId, t.updatedById, users)],
);
