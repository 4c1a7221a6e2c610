import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const SECRET = "x".repeat(32);

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it.each([
    ["development without a secret (db:setup writes one)", { NODE_ENV: "development" }],
    ["production with a secret on the embedded database", { NODE_ENV: "production", AUTH_SECRET: SECRET }],
    [
      "several instances on PostgreSQL",
      { NODE_ENV: "production", AUTH_SECRET: SECRET, KAWAL_INSTANCES: "3", DATABASE_URL: "postgresql://kawal@db:5432/kawal" },
    ],
    ["the demo flag", { NODE_ENV: "production", AUTH_SECRET: SECRET, KAWAL_DEMO: "1" }],
  ])("accepts %s", (_name, source) => {
    expect(problems(source)).toEqual([]);
  });

  it.each([
    ["production without AUTH_SECRET", { NODE_ENV: "production" }, ["AUTH_SECRET is required in production"]],
    ["production with an empty AUTH_SECRET", { NODE_ENV: "production", AUTH_SECRET: "" }, ["AUTH_SECRET is required in production"]],
    ["a short AUTH_SECRET", { AUTH_SECRET: "secret" }, ["AUTH_SECRET must be at least 32 characters"]],
    ["two instances on PGlite", { KAWAL_INSTANCES: "2" }, ["DATABASE_URL is required when KAWAL_INSTANCES is 2"]],
    [
      "two instances on a database that is not PostgreSQL",
      { KAWAL_INSTANCES: "2", DATABASE_URL: "mysql://db/kawal" },
      ["DATABASE_URL must be a PostgreSQL URL"],
    ],
    ["a fractional instance count", { KAWAL_INSTANCES: "1.5" }, ["KAWAL_INSTANCES must be a whole number"]],
    ["a demo flag that is not 1 or 0", { KAWAL_DEMO: "yes" }, ["KAWAL_DEMO must be 1 or 0"]],
    ["an SMTP address that is not SMTP", { SMTP_URL: "http://mail" }, ["SMTP_URL must be an smtp:// or smtps:// URL"]],
  ])("refuses %s", (_name, source, expected) => {
    const found = problems(source);
    expect(found).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(found[i]).toMatch(new RegExp(`^${start}`)));
  });

  it("lists every problem at once", () => {
    const error = (() => {
      try {
        parseEnv({ NODE_ENV: "production", KAWAL_INSTANCES: "4", AUTH_URL: "kawal.example" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain("(3 problems)");
    for (const name of ["AUTH_SECRET", "AUTH_URL", "DATABASE_URL"]) expect(message).toContain(`  - ${name} `);
  });

  it("reads the flag and the instance count", () => {
    expect(parseEnv({ KAWAL_DEMO: "1", KAWAL_INSTANCES: "2", DATABASE_URL: "postgres://db/kawal" })).toMatchObject({
      KAWAL_DEMO: true,
      KAWAL_INSTANCES: 2,
      NODE_ENV: "development",
    });
    expect(parseEnv({})).toMatchObject({ KAWAL_DEMO: false, KAWAL_INSTANCES: 1 });
  });
});
