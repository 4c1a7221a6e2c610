import { describe, expect, it } from "vitest";
import { intlFor } from "./catalogue";
import { calendarDate, formatDate, todayInWita } from "./dates";

describe("dates in WITA", () => {
  it("rolls over to the next day at 16:00 UTC, midnight in Sinjai", () => {
    expect(todayInWita(new Date("2025-06-11T15:59:00Z"))).toBe("2025-06-11");
    expect(todayInWita(new Date("2025-06-11T16:00:00Z"))).toBe("2025-06-12");
  });

  it("keeps a calendar date on its day whatever the server's zone", () => {
    expect(calendarDate("2025-12-31").toISOString()).toBe("2025-12-31T04:00:00.000Z");
  });
});

describe("formatDate", () => {
  const id = intlFor("id").format;
  const en = intlFor("en").format;

  it("writes a stored calendar date in the reader's language", () => {
    expect(formatDate(id, "2026-12-10")).toBe("10 Desember 2026");
    expect(formatDate(en, "2026-12-10")).toBe("December 10, 2026");
    expect(formatDate(id, "2026-12-10", "short")).toBe("10 Des 2026");
    expect(formatDate(en, "2025-06-01", "month")).toBe("June 2025");
  });

  it("shows an instant on its WITA day and clock", () => {
    const lateEvening = new Date("2025-06-11T16:30:00Z");
    expect(formatDate(id, lateEvening, "date")).toBe("12 Juni 2025");
    expect(formatDate(en, lateEvening, "time")).toBe("00:30");
  });
});
