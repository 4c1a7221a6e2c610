import { describe, expect, it } from "vitest";
import { isOverdue } from "./rules";

describe("isOverdue", () => {
  it.each([
    { status: "open", dueDate: "2025-06-30", today: "2025-07-01", overdue: true },
    { status: "in_progress", dueDate: "2025-06-30", today: "2025-06-30", overdue: false },
    { status: "blocked", dueDate: "2025-06-01", today: "2025-07-01", overdue: true },
    { status: "done", dueDate: "2025-06-01", today: "2025-07-01", overdue: false },
    { status: "verified", dueDate: "2025-06-01", today: "2025-07-01", overdue: false },
  ] as const)("$status due $dueDate on $today: $overdue", ({ status, dueDate, today, overdue }) => {
    expect(isOverdue({ status, dueDate }, today)).toBe(overdue);
  });
});
