import { z } from "zod";
import { idField } from "@/lib/form-fields";
import { agencyKinds } from "@/db/schema/enums";

export const agencySchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), idField().optional()),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "required")
    .max(30, "tooLong")
    .regex(/^[A-Z0-9_-]+$/, "codeFormat"),
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  shortName: z.string().trim().min(1, "required").max(60, "tooLong"),
  kind: z.enum(agencyKinds, { message: "invalid" }),
  headTitle: z.string().trim().min(1, "required").max(120, "tooLong"),
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
