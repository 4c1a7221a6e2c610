import { describe, expect, it } from "vitest";
import { demoExempt, mustEnrolTwoFactor, twoFactorRequired } from "./policy";

const production = { NODE_ENV: "production", KAWAL_DEMO: false, DATABASE_URL: "postgres://kawal@db/kawal" } as const;
const demo = { ...production, KAWAL_DEMO: true } as const;
const devEmbedded = { NODE_ENV: "development", KAWAL_DEMO: false, DATABASE_URL: undefined } as const;
const devPostgres = { ...devEmbedded, DATABASE_URL: "postgres://kawal@db/kawal" } as const;
const demoAdmin = { role: "admin", email: "Admin@Sinjai.demo" } as const;
const realAdmin = { role: "admin", email: "rina@sinjai.go.id" } as const;

describe("who must use two-factor login", () => {
  it.each([
    ["a real admin in production", realAdmin, production, true],
    ["a real admin in a demo deployment", realAdmin, demo, true],
    ["a real admin on npm run dev", realAdmin, devEmbedded, true],
    ["the demo admin in production without the demo flag", demoAdmin, production, true],
    ["the demo admin in development on PostgreSQL", demoAdmin, devPostgres, true],
    ["the demo admin with KAWAL_DEMO=1", demoAdmin, demo, false],
    ["the demo admin on npm run dev (embedded database)", demoAdmin, devEmbedded, false],
    ["a secretariat clerk", { role: "secretariat", email: "x@sinjai.go.id" }, production, false],
    ["a viewer", { role: "viewer", email: "x@sinjai.go.id" }, production, false],
  ] as const)("%s: %s", (_name, user, config, required) => {
    expect(twoFactorRequired(user, config)).toBe(required);
    expect(demoExempt(user, config)).toBe(user.role === "admin" && !required);
    expect(mustEnrolTwoFactor({ ...user, twoFactorEnrolled: false }, config)).toBe(required);
    expect(mustEnrolTwoFactor({ ...user, twoFactorEnrolled: true }, config)).toBe(false);
  });
});
