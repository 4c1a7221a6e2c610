import { describe, expect, it } from "vitest";
import { auditFilterParams, parseAuditFilters } from "./filters";

describe("the audit log's filters from the URL", () => {
  it("keep what is well-formed, lowercase the e-mail and drop the rest", () => {
    expect(parseAuditFilters({ kind: "refused", email: "  Kesra@Sinjai.DEMO ", from: "2026-11-01", to: "2026-11-30" })).toEqual({
      kind: "refused",
      email: "kesra@sinjai.demo",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(parseAuditFilters({ kind: "drop_table", email: "\u0000", from: "2025-02-30", to: "soon" })).toEqual({
      kind: undefined,
      email: undefined,
      from: undefined,
      to: undefined,
    });
    expect(parseAuditFilters({ kind: ["login", "logout"], email: "a".repeat(400) }).email).toHaveLength(254);
  });

  it("go back into the URL of the next page unchanged", () => {
    const filters = parseAuditFilters({ kind: "login_failed", email: "tamu@" });
    expect(auditFilterParams(filters)).toEqual({ kind: "login_failed", email: "tamu@", from: undefined, to: undefined });
  });
});
