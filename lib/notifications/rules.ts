import { z } from "zod";
import { idField } from "@/lib/form-fields";

/** Marks one notice read, or all of them when no id is sent. */
export const markReadSchema = z.object({ id: z.preprocess((v) => (v === "" || v === undefined ? "all" : v), z.union([z.literal("all"), idField()])) });
