import { describe, expect, it } from "vitest";
import { agendaTitle, CARRY_OVER_TITLE } from "./carry-over";

const english = "Review of follow-up actions from the previous meeting";

describe("the carry-over agenda item", () => {
  it("is shown in the reader's language, also after it was saved from the English form", () => {
    expect(agendaTitle({ title: CARRY_OVER_TITLE, isCarryOverReview: true }, english)).toBe(english);
    expect(agendaTitle({ title: english, isCarryOverReview: true }, CARRY_OVER_TITLE)).toBe(CARRY_OVER_TITLE);
  });

  it("keeps what a person typed", () => {
    expect(agendaTitle({ title: "Tinjauan RTL triwulan", isCarryOverReview: true }, english)).toBe("Tinjauan RTL triwulan");
    expect(agendaTitle({ title: CARRY_OVER_TITLE, isCarryOverReview: false }, english)).toBe(CARRY_OVER_TITLE);
  });
});
