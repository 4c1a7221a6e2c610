import { describe, expect, it } from "vitest";
import { isWebUrl, meetingSchema } from "./rules";

const form = { title: "Rakor", type: "coordination", date: "2025-06-11", startTime: "09:00", chairName: "Sekda" };

describe("a meeting's online link", () => {
  it.each([
    ["https://zoom.us/j/123", true],
    ["http://meet.sinjaikab.go.id/rakor", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(document.cookie)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["mailto:sekda@sinjai.demo", false],
    ["ftp://files.example/x", false],
    ["zoom.us/j/123", false],
    ["https://", false],
  ])("%s is a web link: %s", (value, expected) => {
    expect(isWebUrl(value)).toBe(expected);
  });

  it("is refused by the form unless it is http(s), with the url message", () => {
    const bad = meetingSchema.safeParse({ ...form, onlineUrl: "javascript:alert(1)" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["onlineUrl"], message: "url" });
    expect(meetingSchema.parse({ ...form, onlineUrl: "  https://zoom.us/j/1 " }).onlineUrl).toBe("https://zoom.us/j/1");
    expect(meetingSchema.parse({ ...form, onlineUrl: "" }).onlineUrl).toBeUndefined();
  });
});
