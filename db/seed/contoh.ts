import { sql } from "drizzle-orm";
import { witaInstant } from "../../lib/i18n/dates";
import type { Database } from "../client";
import * as s from "../schema";
import { contohLogins } from "./logins";

/**
 * Kabupaten Contoh: a second regency, ILLUSTRATIVE from end to end (no such regency; every name
 * and figure is invented), so that the demo shows one installation serving two regencies that
 * cannot see each other. Its codes deliberately repeat Sinjai's (SETDA, BPJSTK, religious): codes
 * are unique per regency, not across them. Run inside withTenants([contoh]).
 */
export async function seedContoh(db: Database, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    const agencyRows = await tx
      .insert(s.agencies)
      .values([
        { code: "SETDA", name: "Sekretariat Daerah Kabupaten Contoh", shortName: "Setda", kind: "secretariat", headTitle: "Sekretaris Daerah" },
        { code: "DINSOS", name: "Dinas Sosial", shortName: "Dinsos", kind: "dinas", headTitle: "Kepala Dinas Sosial" },
        { code: "DISNAKER", name: "Dinas Tenaga Kerja", shortName: "Disnaker", kind: "dinas", headTitle: "Kepala Dinas Tenaga Kerja" },
        { code: "BPJSTK", name: "BPJS Ketenagakerjaan Cabang Contoh", shortName: "BPJS TK Contoh", kind: "bpjs", headTitle: "Kepala Cabang" },
      ])
      .returning();
    const agencyId = (code: string) => agencyRows.find((a) => a.code === code)!.id;
    const userRows = await tx
      .insert(s.users)
      .values(contohLogins.map((u) => ({ email: u.email, name: u.name, position: u.position, role: u.role, passwordHash, agencyId: agencyId(u.agencyCode!) })))
      .returning();
    const user = (email: string) => userRows.find((u) => u.email === email)!;
    const secretariat = user("sekretariat@contoh.demo");
    const bpjs = user("bpjs@contoh.demo");

    await tx.insert(s.settings).values([
      { key: "coverage_rule", value: { minIncreasePct: 20, legalReference: "Permendagri No. 5 Tahun 2024" } },
      { key: "region", value: { name: "Kabupaten Contoh", province: "Provinsi Contoh", office: "Sekretariat Daerah" } },
    ]);
    const sectorRows = await tx
      .insert(s.sectors)
      .values([
        { code: "religious", nameId: "Pekerja keagamaan", nameEn: "Religious workers", position: 1 },
        { code: "fishers", nameId: "Nelayan", nameEn: "Fishers", position: 2 },
      ])
      .returning();
    const sectorId = (code: string) => sectorRows.find((x) => x.code === code)!.id;
    const [period] = await tx.insert(s.periods).values({ year: 2025, startsOn: "2025-01-01", endsOn: "2025-12-31" }).returning();
    await tx.insert(s.coverageTargets).values({
      periodId: period!.id,
      workingPopulation: 80000,
      baselineParticipants: 20000,
      baselineCoveragePct: "25.00",
      targetCoveragePct: "30.00",
      deadline: "2025-12-31",
      source: "meeting",
      dataDate: "2025-07-01",
      enteredById: secretariat.id,
      notes: "Data ilustratif: Kabupaten Contoh tidak ada.",
    });
    const [fishersTarget] = await tx
      .insert(s.sectorTargets)
      .values([
        {
          periodId: period!.id,
          sectorId: sectorId("fishers"),
          baselineParticipants: 1200,
          targetParticipants: 2400,
          source: "bpjs_branch",
          dataDate: "2025-07-01",
          enteredById: bpjs.id,
        },
        {
          periodId: period!.id,
          sectorId: sectorId("religious"),
          baselineParticipants: 300,
          targetParticipants: 900,
          source: "bpjs_branch",
          dataDate: "2025-07-01",
          enteredById: bpjs.id,
        },
      ])
      .returning();
    await tx.insert(s.realisations).values(
      ["2025-05-01", "2025-06-01"].map((month, i) => ({
        sectorId: sectorId("fishers"),
        month,
        newParticipants: [80, 120][i]!,
        activeParticipants: [1280, 1400][i]!,
        source: "bpjs_branch" as const,
        dataDate: month.replace(/01$/, "28"),
        enteredById: bpjs.id,
      })),
    );

    const [meeting] = await tx
      .insert(s.meetings)
      .values({
        title: "Rakor Perlindungan Pekerja Rentan Kabupaten Contoh",
        type: "coordination",
        startsAt: witaInstant("2025-07-02", "09:00"),
        endsAt: witaInstant("2025-07-02", "11:00"),
        place: "Aula Kantor Bupati Contoh",
        chairName: "Sekretaris Daerah Kabupaten Contoh",
        chairPosition: "Sekretaris Daerah",
        minuteTakerName: secretariat.name,
        minuteTakerPosition: secretariat.position,
        summary: "Rapat ilustratif: perluasan kepesertaan nelayan dan pekerja keagamaan.",
        conclusions: "1. Cakupan saat ini 25 %.\n2. Target Desember 2025: 30 %.",
        status: "minutes_final",
        finalizedAt: witaInstant("2025-07-03", "10:00"),
        finalizedById: secretariat.id,
        createdById: secretariat.id,
      })
      .returning();
    const meetingId = meeting!.id;
    const [agenda] = await tx
      .insert(s.agendaItems)
      .values({ meetingId, position: 1, title: "Rencana tindak lanjut", notes: "Setiap dinas menyampaikan langkahnya." })
      .returning();
    await tx.insert(s.attendees).values(
      [secretariat, bpjs, user("dinsos@contoh.demo"), user("naker@contoh.demo")].map((u) => ({
        meetingId,
        userId: u.id,
        agencyId: u.agencyId,
        name: u.name,
        position: u.position,
        attendance: "present" as const,
      })),
    );
    const [commitment] = await tx
      .insert(s.commitments)
      .values({
        meetingId,
        agendaItemId: agenda!.id,
        agencyId: agencyId("DISNAKER"),
        toAgencyId: agencyId("BPJSTK"),
        committedByName: user("naker@contoh.demo").name,
        position: 1,
        body: "Mendaftarkan 1.200 nelayan melalui kelompok usaha bersama.",
        figure: 1200,
        figureUnit: "peserta",
        sectorId: sectorId("fishers"),
        dueDate: "2025-11-30",
      })
      .returning();
    const actions = await tx
      .insert(s.actionItems)
      .values([
        {
          meetingId,
          commitmentId: commitment!.id,
          title: "Pendaftaran kolektif nelayan melalui KUB",
          description: "Ilustratif: pendaftaran nelayan per kelompok usaha bersama.",
          ownerAgencyId: agencyId("DISNAKER"),
          assigneeId: user("naker@contoh.demo").id,
          dueDate: "2025-11-30",
          priority: "high" as const,
          status: "in_progress" as const,
          createdById: secretariat.id,
        },
        {
          meetingId,
          title: "Data pekerja keagamaan penerima insentif",
          description: "Ilustratif: data dari Dinas Sosial untuk pendaftaran.",
          ownerAgencyId: agencyId("DINSOS"),
          assigneeId: user("dinsos@contoh.demo").id,
          dueDate: "2025-08-31",
          priority: "normal" as const,
          status: "open" as const,
          createdById: secretariat.id,
        },
      ])
      .returning();
    await tx.insert(s.actionTargets).values({ actionItemId: actions[0]!.id, sectorTargetId: fishersTarget!.id, expectedContribution: 1200 });
    await tx
      .insert(s.history)
      .values([
        { actorId: secretariat.id, entityType: "meeting", entityId: meetingId, operation: "create", changes: {} },
        ...actions.map((a) => ({ actorId: secretariat.id, entityType: "action_item", entityId: a.id, operation: "create", changes: {} })),
      ]);
    // eslint-disable-next-line drizzle/enforce-update-with-where -- every meeting of this fresh regency gets its search vector
    await tx.update(s.meetings).set({ search: sql`meeting_search_vector(${s.meetings.id})` });
  });
}
