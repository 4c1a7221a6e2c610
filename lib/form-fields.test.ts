import { describe, expect, it } from "vitest";
import { idField, isCalendarDate, isoDateField, optionalIdField, versionField } from "./form-fields";
import { parseId } from "./ids";
import { dateParam, firstParam } from "./search-params";

describe("record ids from forms, routes and queries", () => {
  it.each([
    ["7", 7],
    ["2147483647", 2147483647],
    ["0", null],
    [" 7 ", null],
    ["+1", null],
    ["-1", null],
    ["0x10", null],
    ["1e3", null],
    ["07", null],
    ["7.0", null],
    ["2147483648", null],
    ["99999999999", null],
    ["", null],
    ["١٢", null],
  ])("%j is the id %j", (raw, expected) => {
    expect(parseId(raw)).toBe(expected);
    const parsed = idField().safeParse(raw);
    expect(parsed.success ? parsed.data : null).toBe(expected);
  });

  it("accepts whole numbers from code and refuses anything else that is not a string", () => {
    expect(idField().parse(12)).toBe(12);
    for (const bad of [1.5, -3, null, undefined, [], {}, true]) expect(idField().safeParse(bad).success).toBe(false);
  });

  it("reads an empty select as none and keeps the same strictness otherwise", () => {
    expect(optionalIdField().parse("")).toBeNull();
    expect(optionalIdField().parse("5")).toBe(5);
    expect(optionalIdField().safeParse("+5").success).toBe(false);
  });

  it("takes versions from 0 up, strictly", () => {
    expect(versionField.parse("0")).toBe(0);
    expect(versionField.parse("12")).toBe(12);
    for (const bad of ["-1", " 1", "1e1", "", "00"]) expect(versionField.safeParse(bad).success).toBe(false);
  });
});

describe("calendar dates", () => {
  it.each([
    ["2025-06-11", true],
    ["2024-02-29", true],
    ["2100-12-31", true],
    ["1900-01-01", true],
    ["2025-02-29", false],
    ["2025-02-30", false],
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["0000-01-01", false],
    ["9999-12-31", false],
    ["1899-12-31", false],
    ["2025-6-11", false],
    ["11-06-2025", false],
    ["", false],
  ])("%s is a date: %s", (raw, expected) => {
    expect(isCalendarDate(raw)).toBe(expected);
    expect(isoDateField.safeParse(raw).success).toBe(expected);
    expect(dateParam(raw)).toBe(expected ? raw : undefined);
  });
});

describe("search parameters", () => {
  it("drop control characters that PostgreSQL would refuse", () => {
    expect(firstParam("guru\u0000mengaji")).toBe("guru mengaji");
    expect(firstParam(["\u0000", "x"])).toBeUndefined();
    expect(firstParam("  rakor ")).toBe("rakor");
  });
});
