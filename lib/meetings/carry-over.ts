import en from "@/messages/en.json";
import id from "@/messages/id.json";

/** The review item the app puts first on a series' next meeting; stored in Indonesian, the language of the official minutes. */
export const CARRY_OVER_TITLE = id.meetings.carryOverTitle;

const generatedTitles = new Set([id.meetings.carryOverTitle, en.meetings.carryOverTitle]);

/**
 * An agenda title in the reader's language: the app's own review item is translated (also after
 * someone saved the form in English), a title a person typed is theirs and shown as typed.
 */
export function agendaTitle(item: { title: string; isCarryOverReview: boolean }, carryOverTitle: string): string {
  return item.isCarryOverReview && generatedTitles.has(item.title) ? carryOverTitle : item.title;
}
