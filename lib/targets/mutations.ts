"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { FieldError } from "@/lib/errors";
import { mutation } from "@/lib/mutation";
import {
  createPeriodCommand,
  importRealisationsCommand,
  saveCoverageTargetCommand,
  saveRealisationCommand,
  saveRuleCommand,
  saveSectorCommand,
  saveSectorTargetCommand,
} from "./commands";
import { coverageTargetSchema, importSchema, periodSchema, realisationSchema, ruleSchema, sectorSchema, sectorTargetSchema } from "./rules";
import { checkRows, readSheet, withImportSlot, type ImportResult, type ImportRow } from "./import";
import { listSectors } from "./queries";

async function done(key: "saved" | "periodCreated" | "realisationSaved") {
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  revalidatePath("/realisations");
  return { ok: true as const, message: (await getTranslations("targets.messages"))(key) };
}

export const saveSector = mutation("target.manage", sectorSchema, async (input, actor) => {
  await saveSectorCommand(input, actor);
  return done("saved");
});
export const createPeriod = mutation("target.manage", periodSchema, async (input, actor) => {
  await createPeriodCommand(input.year, actor);
  return done("periodCreated");
});
export const saveCoverageTarget = mutation("target.manage", coverageTargetSchema, async (input, actor) => {
  await saveCoverageTargetCommand(input, actor);
  return done("saved");
});
export const saveSectorTarget = mutation("target.manage", sectorTargetSchema, async (input, actor) => {
  await saveSectorTargetCommand(input, actor);
  return done("saved");
});
export const saveRule = mutation("target.manage", ruleSchema, async (input, actor) => {
  await saveRuleCommand(input, actor);
  return done("saved");
});
export const saveRealisation = mutation("realisation.enter", realisationSchema, async (input, actor) => {
  await saveRealisationCommand(input, actor);
  return done("realisationSaved");
});

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const importRealisations = mutation("realisation.enter", importSchema, async (input, actor, formData) => {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) throw new FieldError("file", "fileRequired");
  if (file.size > MAX_IMPORT_BYTES) throw new FieldError("file", "importTooLarge");
  if (!/\.(csv|xlsx)$/i.test(file.name)) throw new FieldError("file", "importType");
  const t = await getTranslations("imports");
  return withImportSlot(async () => {
    let rows: ImportRow[];
    try {
      rows = checkRows(await readSheet(file.name, new Uint8Array(await file.arrayBuffer())), await listSectors());
    } catch (error) {
      if (error instanceof FieldError) throw error;
      throw new FieldError("file", "importUnreadable");
    }
    if (rows.length === 0) throw new FieldError("file", "importEmpty");
    const errors = rows.filter((r) => r.errors.length > 0).length;
    if (input.mode === "preview") {
      return {
        ok: true,
        data: { rows, fileName: file.name } satisfies ImportResult,
        message: errors > 0 ? t("previewWithErrors", { count: rows.length, errors }) : t("previewClean", { count: rows.length }),
      };
    }
    const imported = await importRealisationsCommand(
      rows,
      { fileName: file.name, source: input.source, dataDate: input.dataDate, cleanOnly: input.mode === "importClean" },
      actor,
    );
    await done("realisationSaved");
    return {
      ok: true,
      data: { rows, imported, fileName: file.name } satisfies ImportResult,
      message: t("imported", { count: imported, skipped: rows.length - imported }),
    };
  });
});
