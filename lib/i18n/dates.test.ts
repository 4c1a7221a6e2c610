import { describe, expect, it } from "vitest";
import { calendarDate, todayInWita } from "./dates";

describe("dates in WITA", () => {
  it("rolls over to the next day at 16:00 UTC, midnight in Sinjai", () => {
    expect(todayInWita(new Date("2025-06-11T15:59:00Z"))).toBe("2025-06-11");
    expect(todayInWita(new Date("2025-06-11T16:00:00Z"))).toBe("2025-06-12");
  });

  it("keeps a calendar date on its day whatever the server's zone", () => {
    expect(calendarDate("2025-12-31").toISOString()).toBe("2025-12-31T04:00:00.000Z");
  });
});
