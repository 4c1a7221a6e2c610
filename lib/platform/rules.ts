import { z } from "zod";
import { grantedRoles } from "@/db/schema/enums";
import { newPasswordField, passwordProblem } from "@/lib/auth/password-rules";
import { asList, idField } from "@/lib/form-fields";
import { TENANT_SLUG } from "@/lib/tenancy/names";

/** Form schemas of the platform pages; messages are keys of the `errors` namespace. */

const name = z.string().trim().min(1, "required").max(120, "tooLong");
const email = z.string().trim().toLowerCase().min(1, "required").email("email").max(200, "tooLong");
const passwordIsEmail = (u: { password: string; email: string }) => passwordProblem(u.password, u.email) !== "passwordIsEmail";

/** The regencies chosen for an overseer: checkboxes, each a regency id; none is allowed (it then sees nothing). */
const regencyIds = z.preprocess(asList, z.array(idField("unknownRegency")).max(500, "tooMany")).transform((ids) => [...new Set(ids)]);

/** A new regency and its first admin, made together. */
export const createRegencySchema = z
  .object({
    slug: z.string().trim().toLowerCase().min(1, "required").regex(TENANT_SLUG, "slugFormat"),
    name,
    province: z.string().trim().max(120, "tooLong").default(""),
    host: z.preprocess(
      (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v),
      z
        .string()
        .trim()
        .toLowerCase()
        .max(200, "tooLong")
        .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "hostFormat")
        .nullable(),
    ),
    adminName: name,
    adminEmail: email,
    adminPassword: newPasswordField,
  })
  .refine((r) => passwordIsEmail({ password: r.adminPassword, email: r.adminEmail }), { path: ["adminPassword"], message: "passwordIsEmail" });

/** A province viewer or regional reviewer in the platform admin's region, with its regencies. */
export const createOverseerSchema = z
  .object({
    name,
    email,
    position: z.string().trim().max(200, "tooLong").default(""),
    role: z.enum(grantedRoles, { message: "invalidRole" }),
    password: newPasswordField,
    regencyIds,
  })
  .refine(passwordIsEmail, { path: ["password"], message: "passwordIsEmail" });

/** The set of regencies an overseer reads, replaced as a whole. */
export const setGrantsSchema = z.object({ userId: idField(), regencyIds });
