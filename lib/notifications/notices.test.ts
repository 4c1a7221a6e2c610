import { describe, expect, it } from "vitest";
import { notificationKinds } from "@/db/schema/enums";
import { noticeEmail, noticeText } from "./notices";

const params = { title: "Pendataan imam masjid", dueDate: "2026-12-31", comment: "Lampirkan daftar nama", text: "Teks lama" };

describe("notices", () => {
  it("are written in the reader's language, with dates spelled out", () => {
    expect(noticeText("id", { kind: "due_soon", params })).toBe("Jatuh tempo 31 Desember 2026: Pendataan imam masjid.");
    expect(noticeText("en", { kind: "due_soon", params })).toBe("Due December 31, 2026: Pendataan imam masjid.");
    expect(noticeText("en", { kind: "returned", params })).toBe("Returned for correction: Pendataan imam masjid. Note: Lampirkan daftar nama");
  });

  it.each(notificationKinds)("%s has a sentence and an e-mail subject in English with no Indonesian or raw date left", (kind) => {
    const mail = noticeEmail("en", { kind, params }, "Pendataan imam masjid", "http://localhost/actions/1");
    const english = kind === "legacy" ? mail.subject : `${mail.subject} ${mail.text}`;
    expect(english).not.toMatch(/tenggat|Tindak lanjut|Notulen|Terlambat|Jatuh tempo|Pemberitahuan|\d{4}-\d{2}-\d{2}|[{}]/);
    expect(mail.text).toContain("http://localhost/actions/1");
  });

  it("keeps a legacy sentence as it was written", () => {
    expect(noticeText("en", { kind: "legacy", params: { text: "Teks lama" } })).toBe("Teks lama");
  });
});
