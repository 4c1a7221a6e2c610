import { describe, expect, it } from "vitest";
import { checkEvidence, isOverdue, safeFileName, stepProgress } from "./rules";

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

describe("stepProgress", () => {
  it("counts the steps with a done time, out of all of them", () => {
    expect(stepProgress([])).toEqual({ done: 0, total: 0 });
    expect(stepProgress([{ doneAt: new Date("2025-07-01T00:00:00Z") }, { doneAt: null }, { doneAt: "2025-07-02T00:00:00Z" }])).toEqual({ done: 2, total: 3 });
  });
});

describe("evidence files", () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
  it("accepts a real PDF and PNG by their first bytes", () => {
    expect(checkEvidence("laporan.pdf", pdf)).toEqual({ ok: true, contentType: "application/pdf" });
    expect(checkEvidence("FOTO.PNG", png)).toEqual({ ok: true, contentType: "image/png" });
    expect(checkEvidence("data.csv", new TextEncoder().encode("desa,jumlah\nA,3\n"))).toEqual({ ok: true, contentType: "text/csv" });
  });
  it("refuses a renamed executable, an unknown type, an empty file and one over 10 MB", () => {
    expect(checkEvidence("laporan.pdf", new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toEqual({ ok: false, reason: "evidenceType" });
    expect(checkEvidence("script.html", new TextEncoder().encode("<script>"))).toEqual({ ok: false, reason: "evidenceType" });
    expect(checkEvidence("kosong.pdf", new Uint8Array())).toEqual({ ok: false, reason: "evidenceEmpty" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(checkEvidence("besar.pdf", big)).toEqual({ ok: false, reason: "evidenceTooLarge" });
  });
  it("cleans file names of paths and odd characters", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName('C:\\foto "desa".jpg')).toBe("foto _desa_.jpg");
  });
});

describe("the status and review forms", () => {
  it("need a reason to block and a comment to return", async () => {
    const { statusChangeSchema, reviewSchema } = await import("./rules");
    expect(statusChangeSchema.safeParse({ actionId: "1", version: "1", status: "blocked", reason: " " }).error?.issues[0]?.message).toBe("blockedReason");
    expect(statusChangeSchema.safeParse({ actionId: "1", version: "1", status: "blocked", reason: "Menunggu data" }).success).toBe(true);
    expect(reviewSchema.safeParse({ actionId: "1", version: "1", decision: "return", comment: "" }).error?.issues[0]?.message).toBe("returnComment");
    expect(reviewSchema.safeParse({ actionId: "1", version: "1", decision: "verify", comment: "" }).success).toBe(true);
  });
});
