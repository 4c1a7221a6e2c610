import { z } from "zod";
import { regencyRoles } from "@/db/schema/enums";
import { newPasswordField, passwordProblem } from "@/lib/auth/password-rules";
import { optionalIdField, idField } from "@/lib/form-fields";

/** Form schemas; messages are keys of the `errors` namespace. */
const optionalId = optionalIdField("unknownAgency");

const userFields = {
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  email: z.string().trim().toLowerCase().min(1, "required").email("email").max(200, "tooLong"),
  position: z.string().trim().max(200, "tooLong").default(""),
  role: z.enum(regencyRoles, { message: "invalidRole" }),
  agencyId: optionalId,
};

const passwordIsEmail = (password: string, email: string) => passwordProblem(password, email) === "passwordIsEmail";

const agencyRequired = (u: { role: string; agencyId: number | null }) => u.role !== "agency_head" || u.agencyId !== null;

export const createUserSchema = z
  .object({ ...userFields, password: newPasswordField })
  .refine(agencyRequired, { path: ["agencyId"], message: "agencyRequired" })
  .refine((u) => !passwordIsEmail(u.password, u.email), { path: ["password"], message: "passwordIsEmail" });

export const updateUserSchema = z
  .object({ ...userFields, id: idField(), active: z.preprocess((v) => v === "on" || v === "true", z.boolean()) })
  .refine(agencyRequired, { path: ["agencyId"], message: "agencyRequired" });

export const resetPasswordSchema = z.object({ id: idField(), password: newPasswordField });

/** The admin's button that signs a user out of every browser. */
export const endSessionsSchema = z.object({ id: idField() });
