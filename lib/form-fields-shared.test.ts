import { describe, expect, it } from "vitest";
import { z } from "zod";
import { idField, numberField, optionalNumberField, optionalTimeField, parseIndonesianNumber, rows, timeField } from "./form-fields";
import { calendarDate, witaDay, witaInstant } from "./i18n/dates";
import { saveInOrder } from "./reorder";

describe("numbers as people type them here", () => {
  it.each([
    ["1234", 1234, 1234],
    ["1.234", 1234, 1234],
    ["1.234.567", 1234567, 1234567],
    ["-30", -30, -30],
    [" 40 320 ", 40320, 40320],
    ["33,6", null, 33.6],
    ["1.234,5", null, 1234.5],
    ["33.6", null, 33.6],
    ["40.32", null, 40.32],
    ["0,5", null, 0.5],
    ["1.23", null, 1.23],
    ["12.34.567", null, null],
    ["1,2,3", null, null],
    ["", null, null],
    ["abc", null, null],
    ["1e3", null, null],
    ["0x10", null, null],
    ["Infinity", null, null],
    ["1.2345", null, 1.2345],
    ["١٢", null, null],
    ["+5", null, null],
  ])("%j is %j as a count and %j where decimals are allowed", (text, whole, decimal) => {
    expect(parseIndonesianNumber(text)).toBe(whole);
    expect(parseIndonesianNumber(text, { decimals: true })).toBe(decimal);
  });

  it("refuses with the field's own message: not a number, not whole, out of range", () => {
    const count = numberField({ min: 0, max: 100_000_000 });
    const pct = numberField({ min: 0, max: 100, decimals: true, message: "percentValue" });
    const issue = (schema: z.ZodType, v: unknown) => schema.safeParse(v).error?.issues[0]?.message;
    expect(count.parse("125.000")).toBe(125000);
    expect(count.parse(7)).toBe(7);
    expect(issue(count, "banyak")).toBe("number");
    expect(issue(count, "12,5")).toBe("wholeNumber");
    expect(issue(count, "-1")).toBe("number");
    expect(issue(count, "")).toBe("number");
    expect(pct.parse("33,6")).toBe(33.6);
    expect(pct.parse("40.32")).toBe(40.32);
    expect(issue(pct, "120")).toBe("percentValue");
    expect(issue(pct, "40.320")).toBe("percentValue");
    expect(optionalNumberField({ min: 0, max: 10 }).parse(" ")).toBeNull();
  });
});

describe("times in WITA", () => {
  it("are HH:MM on a 24-hour clock", () => {
    expect(timeField.parse(" 09:30 ")).toBe("09:30");
    for (const bad of ["9:30", "24:00", "12:60", "09.30", ""]) expect(timeField.safeParse(bad).success).toBe(false);
    expect(optionalTimeField.parse("")).toBeUndefined();
  });

  it("become instants at UTC+8, whatever the server's zone", () => {
    expect(witaInstant("2025-06-11", "09:00").toISOString()).toBe("2025-06-11T01:00:00.000Z");
    expect(witaInstant("2025-06-11", "07:30:15").toISOString()).toBe("2025-06-10T23:30:15.000Z");
    expect(calendarDate("2025-12-31").toISOString()).toBe("2025-12-31T04:00:00.000Z");
    const day = witaDay("2025-06-11");
    expect([day.start.toISOString(), day.end.toISOString()]).toEqual(["2025-06-10T16:00:00.000Z", "2025-06-11T16:00:00.000Z"]);
  });
});

describe("repeated form rows", () => {
  const schema = z.object({ meetingId: idField() }).and(
    rows("actions", z.object({ title: z.string().trim().min(1, "required"), ownerId: idField("unknownAgency") }), {
      keep: (r) => r.title !== "" || r.ownerId !== "",
      min: 1,
    }),
  );

  it("zip the columns into rows, drop blank rows and keep each row's place in the form", () => {
    expect(schema.parse({ meetingId: "3", title: ["Pendataan", "", "Sosialisasi"], ownerId: ["4", "", "5"] })).toEqual({
      meetingId: 3,
      actions: [
        { row: 0, title: "Pendataan", ownerId: 4 },
        { row: 2, title: "Sosialisasi", ownerId: 5 },
      ],
    });
    expect(schema.parse({ meetingId: "3", title: "Satu", ownerId: "4" }).actions).toEqual([{ row: 0, title: "Satu", ownerId: 4 }]);
  });

  it("report a bad cell as column.row, and ask for a first row when none is filled", () => {
    const paths = (form: unknown) => schema.safeParse(form).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths({ meetingId: "3", title: ["A", "", "C"], ownerId: ["x", "9", "7"] })).toEqual([
      ["ownerId.0", "unknownAgency"],
      ["title.1", "required"],
    ]);
    expect(paths({ meetingId: "3", title: ["", ""], ownerId: ["", ""] })).toEqual([["title.0", "required"]]);
    expect(paths({ meetingId: "3", title: ["A"], ownerId: ["1", "2"] })).toEqual([["title.1", "required"]]);
  });
});

describe("saving a list in order", () => {
  it("removes, moves, updates and adds so that positions run 1..n as typed", async () => {
    const log: string[] = [];
    const store = {
      remove: async (ids: number[]) => log.push(`remove ${ids.join(",")}`),
      park: async () => log.push("park"),
      update: async (id: number, position: number, row: { title: string }) => log.push(`update ${id}@${position} ${row.title}`),
      insert: async (position: number, row: { title: string }) => log.push(`insert @${position} ${row.title}`),
    };
    await saveInOrder(
      [10, 11, 12],
      [
        { id: 12, title: "c" },
        { id: null, title: "new" },
        { id: 10, title: "a" },
        { id: 99, title: "foreign" },
      ],
      store,
    );
    expect(log).toEqual(["remove 11", "park", "update 12@1 c", "insert @2 new", "update 10@3 a", "insert @4 foreign"]);
  });
});
