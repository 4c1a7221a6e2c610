import type { ActionStatus } from "@/db/schema/enums";

const closed: ReadonlySet<ActionStatus> = new Set(["done", "verified"]);

/** An action is overdue when its due date (WITA calendar day) has passed and it is not done. */
export function isOverdue(action: { status: ActionStatus; dueDate: string }, todayIso: string): boolean {
  return !closed.has(action.status) && action.dueDate < todayIso;
}
