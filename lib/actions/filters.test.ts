import { describe, expect, it } from "vitest";
import { actionFilterParams, parseActionFilters } from "./filters";

describe("action list filters from the URL", () => {
  it("round-trips well-formed values", () => {
    const search = { agency: "3", status: "blocked", sector: "2", meeting: "9", dueFrom: "2025-07-01", dueTo: "2025-07-31", overdue: "1" };
    expect(actionFilterParams(parseActionFilters(search))).toEqual(search);
  });

  it("ignores what it does not understand", () => {
    expect(parseActionFilters({ status: "lost", agency: "x", overdue: "yes", dueFrom: "2025-02-30x" })).toEqual({
      agencyId: undefined,
      status: undefined,
      sectorId: undefined,
      meetingId: undefined,
      dueFrom: undefined,
      dueTo: undefined,
      overdue: undefined,
    });
  });
});
