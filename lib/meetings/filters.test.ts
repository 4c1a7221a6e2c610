import { describe, expect, it } from "vitest";
import { filterParams, parseMeetingFilters } from "./filters";

describe("meeting list filters from the URL", () => {
  it("keeps well-formed values", () => {
    const f = parseMeetingFilters({ q: " iuran ", from: "2025-06-01", to: "2025-06-30", type: "monev", series: "3", agency: "7" });
    expect(f).toEqual({ q: "iuran", from: "2025-06-01", to: "2025-06-30", type: "monev", seriesId: 3, agencyId: 7 });
    expect(filterParams(f)).toEqual({ q: "iuran", from: "2025-06-01", to: "2025-06-30", type: "monev", series: "3", agency: "7" });
  });

  it("drops malformed values instead of failing", () => {
    expect(parseMeetingFilters({ from: "yesterday", to: "2025-13-45", type: "party", series: "-1", agency: "1; drop table" })).toEqual({
      q: undefined,
      from: undefined,
      to: undefined,
      type: undefined,
      seriesId: undefined,
      agencyId: undefined,
    });
  });
});
