import { z } from "zod";
import { roles } from "@/db/schema/enums";
import { optionalIdField, idField } from "@/lib/form-fields";

/** Form schemas; messages are keys of the `errors` namespace. */
const optionalId = optionalIdField("unknownAgency");

const userFields = {
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  email: z.string().trim().toLowerCase().min(1, "required").email("email").max(200, "tooLong"),
  position: z.string().trim().max(200, "tooLong").default(""),
  role: z.enum(roles, { message: "invalidRole" }),
  agencyId: optionalId,
};

const agencyRequired = (u: { role: string; agencyId: number | null }) => u.role !== "agency_head" || u.agencyId !== null;

export const passwordSchema = z.string().min(10, "passwordShort").max(200, "tooLong");

export const createUserSchema = z
  .object({ ...userFields, password: passwordSchema })
  .refine(agencyRequired, { path: ["agencyId"], message: "agencyRequired" });

export const updateUserSchema = z
  .object({ ...userFields, id: idField(), active: z.preprocess((v) => v === "on" || v === "true", z.boolean()) })
  .refine(agencyRequired, { path: ["agencyId"], message: "agencyRequired" });

export const resetPasswordSchema = z.object({ id: idField(), password: passwordSchema });
