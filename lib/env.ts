/**
 * The server's configuration, read from the environment once and checked as a whole, so that a
 * misconfigured deployment stops at start with every problem listed instead of failing later on
 * the first request that needs the missing value. Never import this from a client component: the
 * browser bundle must not learn these names (e2e/security-headers.spec.ts greps the build for them).
 */
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", ""], { error: "must be 1 or 0" })
  .optional()
  .transform((value) => value === "1" || value === "true");

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

/** Accepts only an absolute URL with one of `protocols`; an empty value means unset. */
function urlWith(protocols: string[], hint: string) {
  return optionalText.refine((value) => {
    if (value === undefined) return true;
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, hint);
}

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"], { error: "must be development, production or test" }).default("development"),
    AUTH_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)"),
    AUTH_URL: urlWith(["http:", "https:"], "must be the app's public address, e.g. https://kawal.example.go.id"),
    DATABASE_URL: urlWith(["postgres:", "postgresql:"], "must be a PostgreSQL URL, e.g. postgres://user:pass@host:5432/kawal"),
    /** The owner's URL, for migrations and audit:verify (lib/cli.ts); DATABASE_URL then names the app's role, which owns nothing. */
    MIGRATION_DATABASE_URL: urlWith(["postgres:", "postgresql:"], "must be a PostgreSQL URL, e.g. postgres://kawal_owner:pass@host:5432/kawal"),
    KAWAL_DATA_DIR: optionalText,
    KAWAL_INSTANCES: z.coerce
      .number({ error: "must be a whole number of at least 1" })
      .int("must be a whole number of at least 1")
      .min(1, "must be a whole number of at least 1")
      .default(1),
    KAWAL_DEMO: flag,
    /** The slug the migration gives an existing single-regency database (its first tenant). */
    KAWAL_TENANT_SLUG: optionalText.refine(
      (value) => value === undefined || /^[a-z0-9][a-z0-9-]{0,39}$/.test(value),
      "must be lowercase letters, digits and -",
    ),
    /** The tenant a request gets when neither its host nor a /r/<slug>/ prefix names one (lib/tenancy/resolve.ts). */
    KAWAL_DEFAULT_TENANT: optionalText.refine((value) => value === undefined || /^[a-z0-9][a-z0-9-]{0,39}$/.test(value), "must be a tenant's slug"),
    SMTP_URL: urlWith(["smtp:", "smtps:"], "must be an smtp:// or smtps:// URL"),
    SMTP_FROM: optionalText,
  })
  .superRefine((env, context) => {
    if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
      context.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "is required with MIGRATION_DATABASE_URL: it names the app's own role on the same database",
      });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production: it signs every session (generate one with `openssl rand -base64 32`)",
      });
    }
    if (env.KAWAL_INSTANCES > 1 && !env.DATABASE_URL) {
      context.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: `is required when KAWAL_INSTANCES is ${env.KAWAL_INSTANCES}: the embedded database (PGlite) serves one process only, and two processes on its folder lose writes`,
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Variables only the server may know; none of their names may appear in the browser bundle. */
export const SERVER_ONLY_ENV_NAMES = [
  "AUTH_SECRET",
  "DATABASE_URL",
  "MIGRATION_DATABASE_URL",
  "KAWAL_DATA_DIR",
  "KAWAL_INSTANCES",
  "KAWAL_DEMO",
  "KAWAL_TENANT_SLUG",
  "KAWAL_DEFAULT_TENANT",
  "SMTP_URL",
  "SMTP_FROM",
] as const;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kawal refuses to start (${problems.length === 1 ? "1 problem" : `${problems.length} problems`}):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Checks `source` and returns the typed configuration, or throws one EnvError listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
}

const cache = globalThis as unknown as { kawalEnv?: Env };

/** The process's configuration, checked on first use. */
export function env(): Env {
  cache.kawalEnv ??= parseEnv(process.env);
  return cache.kawalEnv;
}

/** For tests that change the environment: the next `env()` reads it again. */
export function forgetEnv(): void {
  cache.kawalEnv = undefined;
}
