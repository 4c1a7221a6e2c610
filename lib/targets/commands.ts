import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { coverageTargets, importBatches, periods, realisations, sectorTargets, sectors, settings } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { FieldError, isUniqueViolation } from "@/lib/errors";
import { diffFields, recordHistory } from "@/lib/history";
import type { CoverageTargetInput, RealisationInput, SectorInput, SectorTargetInput } from "./rules";
import type { ImportRow } from "./import";

/** Creates a sector (placed last) or changes one; returns its id. */
export async function saveSectorCommand({ id, ...fields }: SectorInput, actor: Actor): Promise<number> {
  return getDb()
    .transaction(async (tx) => {
      if (id === undefined) {
        const [{ next }] = (await tx.select({ next: sql<number>`coalesce(max(${sectors.position}), 0) + 1` }).from(sectors)) as [{ next: number }];
        const [row] = await tx
          .insert(sectors)
          .values({ ...fields, position: next })
          .returning({ id: sectors.id });
        await recordHistory(tx, { actorId: actor.id, entityType: "sector", entityId: row!.id, operation: "create", changes: fields });
        return row!.id;
      }
      const [before] = await tx.select().from(sectors).where(eq(sectors.id, id)).for("update");
      if (!before) throw new FieldError("form", "notFound");
      await tx.update(sectors).set(fields).where(eq(sectors.id, id));
      await recordHistory(tx, { actorId: actor.id, entityType: "sector", entityId: id, operation: "update", changes: diffFields(before, fields) });
      return id;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new FieldError("code", "codeTaken");
      throw error;
    });
}

export async function createPeriodCommand(year: number, actor: Actor): Promise<number> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(periods)
      .values({ year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31` })
      .onConflictDoNothing()
      .returning({ id: periods.id });
    if (!row) throw new FieldError("year", "periodExists");
    await recordHistory(tx, { actorId: actor.id, entityType: "coverage_target", entityId: row.id, operation: "create_period", changes: { year } });
    return row.id;
  });
}

export async function saveCoverageTargetCommand(input: CoverageTargetInput, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [period] = await tx.select().from(periods).where(eq(periods.id, input.periodId));
    if (!period) throw new FieldError("form", "notFound");
    const fields = {
      workingPopulation: input.workingPopulation,
      baselineParticipants: input.baselineParticipants,
      baselineCoveragePct: input.baselineCoveragePct.toFixed(2),
      targetCoveragePct: input.targetCoveragePct.toFixed(2),
      targetParticipantsStated: input.targetParticipantsStated,
      deadline: input.deadline,
      notes: input.notes,
      source: input.source,
      dataDate: input.dataDate,
    };
    const [before] = await tx.select().from(coverageTargets).where(eq(coverageTargets.periodId, period.id)).for("update");
    const [row] = before
      ? await tx
          .update(coverageTargets)
          .set({ ...fields, enteredById: actor.id, enteredAt: sql`now()`, version: sql`${coverageTargets.version} + 1` })
          .where(and(eq(coverageTargets.id, before.id), eq(coverageTargets.version, input.version)))
          .returning({ id: coverageTargets.id })
      : await tx
          .insert(coverageTargets)
          .values({ periodId: period.id, ...fields, enteredById: actor.id })
          .onConflictDoNothing()
          .returning({ id: coverageTargets.id });
    // Someone else saved (or created) this target since the form was opened: theirs stands.
    if (!row || (!before && input.version !== 0)) throw new FieldError("form", "staleTarget");
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "coverage_target",
      entityId: row.id,
      operation: before ? "update" : "create",
      changes: before ? diffFields(before, fields) : fields,
    });
  });
}

export async function saveSectorTargetCommand(input: SectorTargetInput, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [[period], [sector]] = await Promise.all([
      tx.select().from(periods).where(eq(periods.id, input.periodId)),
      tx.select().from(sectors).where(eq(sectors.id, input.sectorId)),
    ]);
    if (!period || !sector) throw new FieldError("form", "notFound");
    const fields = {
      baselineParticipants: input.baselineParticipants,
      targetParticipants: input.targetParticipants,
      eligiblePopulation: input.eligiblePopulation,
      source: input.source,
      dataDate: input.dataDate,
    };
    const [before] = await tx
      .select()
      .from(sectorTargets)
      .where(and(eq(sectorTargets.periodId, period.id), eq(sectorTargets.sectorId, sector.id)))
      .for("update");
    const [row] = before
      ? await tx
          .update(sectorTargets)
          .set({ ...fields, enteredById: actor.id, enteredAt: sql`now()`, version: sql`${sectorTargets.version} + 1` })
          .where(and(eq(sectorTargets.id, before.id), eq(sectorTargets.version, input.version)))
          .returning({ id: sectorTargets.id })
      : await tx
          .insert(sectorTargets)
          .values({ periodId: period.id, sectorId: sector.id, ...fields, enteredById: actor.id })
          .onConflictDoNothing()
          .returning({ id: sectorTargets.id });
    if (!row || (!before && input.version !== 0)) throw new FieldError("form", "staleTarget");
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "sector_target",
      entityId: row.id,
      operation: before ? "update" : "create",
      changes: { sector: sector.code, year: period.year, ...(before ? diffFields(before, fields) : fields) },
    });
  });
}

export async function saveRuleCommand(input: { minIncreasePct: number; legalReference: string }, actor: Actor): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [before] = await tx.select().from(settings).where(eq(settings.key, "coverage_rule")).for("update");
    await tx
      .insert(settings)
      .values({ key: "coverage_rule", value: input, updatedById: actor.id })
      .onConflictDoUpdate({ target: [settings.tenantId, settings.key], set: { value: input, updatedById: actor.id, updatedAt: sql`now()` } });
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "setting",
      entityId: 0,
      operation: "coverage_rule",
      changes: { from: before?.value ?? null, to: input },
    });
  });
}

/** One month of one sector, entered by hand; entering the same month again replaces it. */
export async function saveRealisationCommand(input: RealisationInput, actor: Actor): Promise<void> {
  await upsertRealisations(
    [{ sectorId: input.sectorId, month: `${input.month}-01`, newParticipants: input.newParticipants, activeParticipants: input.activeParticipants }],
    { source: input.source, dataDate: input.dataDate },
    actor,
    null,
  );
}

/**
 * Imports checked rows: all of them, or with `cleanOnly` just those without errors. A month
 * already present for a sector is replaced, never added twice. Returns how many rows were written.
 */
export async function importRealisationsCommand(
  rows: ImportRow[],
  options: { fileName: string; source: RealisationInput["source"]; dataDate: string; cleanOnly: boolean },
  actor: Actor,
): Promise<number> {
  const dirty = rows.filter((r) => r.errors.length > 0);
  if (dirty.length > 0 && !options.cleanOnly) throw new FieldError("file", "importHasErrors", { count: dirty.length });
  const clean = rows.filter((r) => r.errors.length === 0);
  if (clean.length === 0) throw new FieldError("file", "importEmpty");
  return upsertRealisations(
    clean.map((r) => ({ sectorId: r.sectorId!, month: r.month!, newParticipants: r.newParticipants!, activeParticipants: r.activeParticipants! })),
    { source: options.source, dataDate: options.dataDate },
    actor,
    options.fileName,
  );
}

async function upsertRealisations(
  rows: Array<{ sectorId: number; month: string; newParticipants: number; activeParticipants: number }>,
  provenance: { source: RealisationInput["source"]; dataDate: string },
  actor: Actor,
  fileName: string | null,
): Promise<number> {
  return getDb().transaction(async (tx) => {
    const known = await tx
      .select({ id: sectors.id })
      .from(sectors)
      .where(inArray(sectors.id, [...new Set(rows.map((r) => r.sectorId))]));
    if (known.length !== new Set(rows.map((r) => r.sectorId)).size) throw new FieldError("sectorId", "invalid");
    const before = await tx
      .select()
      .from(realisations)
      .where(inArray(realisations.month, [...new Set(rows.map((r) => r.month))]));
    const batch =
      fileName === null
        ? null
        : (await tx.insert(importBatches).values({ fileName, rowCount: rows.length, importedById: actor.id }).returning({ id: importBatches.id }))[0]!.id;
    const written = await tx
      .insert(realisations)
      .values(rows.map((r) => ({ ...r, ...provenance, enteredById: actor.id, importBatchId: batch })))
      .onConflictDoUpdate({
        target: [realisations.sectorId, realisations.month],
        set: {
          newParticipants: sql`excluded.new_participants`,
          activeParticipants: sql`excluded.active_participants`,
          source: sql`excluded.source`,
          dataDate: sql`excluded.data_date`,
          enteredById: sql`excluded.entered_by_id`,
          enteredAt: sql`now()`,
          importBatchId: sql`excluded.import_batch_id`,
        },
      })
      .returning({
        id: realisations.id,
        sectorId: realisations.sectorId,
        month: realisations.month,
        newParticipants: realisations.newParticipants,
        activeParticipants: realisations.activeParticipants,
      });
    await recordHistory(tx, {
      actorId: actor.id,
      entityType: "realisation",
      entityId: batch ?? written[0]!.id,
      operation: batch === null ? "enter" : "import",
      changes: {
        file: fileName,
        ...provenance,
        rows: written.map((w) => {
          const old = before.find((b) => b.sectorId === w.sectorId && b.month === w.month);
          return {
            sectorId: w.sectorId,
            month: w.month,
            from: old ? { new: old.newParticipants, active: old.activeParticipants } : null,
            to: { new: w.newParticipants, active: w.activeParticipants },
          };
        }),
      },
    });
    return written.length;
  });
}
