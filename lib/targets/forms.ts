import { z } from "zod";
import { figureSources } from "@/db/schema/enums";
import { isoDateField as isoDate, idField } from "@/lib/form-fields";

const count = (min = 0) => z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/\./g, "").trim() : v),
  z.coerce.number({ error: "number" }).int("wholeNumber").min(min, "number").max(100_000_000, "number"),
);
const optionalCount = z.preprocess((v) => (v === "" || v === undefined ? null : typeof v === "string" ? v.replace(/\./g, "").trim() : v), z.coerce.number({ error: "number" }).int("wholeNumber").min(0, "number").max(100_000_000, "number").nullable());
const pct = z.preprocess((v) => (typeof v === "string" ? v.replace(",", ".").trim() : v), z.coerce.number({ error: "percentValue" }).min(0, "percentValue").max(100, "percentValue"));
const provenance = { source: z.enum(figureSources, { error: "invalid" }), dataDate: isoDate };

export const sectorSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), idField().optional()),
  code: z.string().trim().toLowerCase().min(1, "required").max(40, "tooLong").regex(/^[a-z0-9_-]+$/, "codeFormat"),
  nameId: z.string().trim().min(1, "required").max(120, "tooLong"),
  nameEn: z.string().trim().min(1, "required").max(120, "tooLong"),
  descriptionId: z.string().trim().max(1000, "tooLong").default(""),
  descriptionEn: z.string().trim().max(1000, "tooLong").default(""),
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
export type SectorInput = z.output<typeof sectorSchema>;

export const periodSchema = z.object({ year: z.coerce.number({ error: "year" }).int("year").min(2000, "year").max(2100, "year") });

export const coverageTargetSchema = z.object({
  periodId: idField(),
  workingPopulation: count(1),
  baselineParticipants: count(),
  baselineCoveragePct: pct,
  targetCoveragePct: pct,
  targetParticipantsStated: optionalCount,
  deadline: isoDate,
  notes: z.string().trim().max(2000, "tooLong").default(""),
  ...provenance,
});
export type CoverageTargetInput = z.output<typeof coverageTargetSchema>;

export const sectorTargetSchema = z
  .object({
    periodId: idField(),
    sectorId: idField(),
    baselineParticipants: count(),
    targetParticipants: count(),
    eligiblePopulation: optionalCount,
    ...provenance,
  })
  .refine((t) => t.eligiblePopulation === null || t.targetParticipants <= t.eligiblePopulation, { path: ["targetParticipants"], message: "targetAboveEligible" });
export type SectorTargetInput = z.output<typeof sectorTargetSchema>;

export const ruleSchema = z.object({
  minIncreasePct: pct,
  legalReference: z.string().trim().min(1, "required").max(300, "tooLong"),
});

export const realisationSchema = z.object({
  sectorId: idField(),
  month: z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "monthFormat"),
  newParticipants: count(-100_000_000),
  activeParticipants: count(),
  ...provenance,
});
export type RealisationInput = z.output<typeof realisationSchema>;

export const importSchema = z.object({
  mode: z.enum(["preview", "import", "importClean"]),
  ...provenance,
});
