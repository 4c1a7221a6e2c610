import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementCounter, type DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { ForbiddenError, type Actor } from "@/lib/authz";
import { createRegencyCommand, createOverseerCommand, setGrantsCommand } from "@/lib/platform/commands";
import { getOverseer, listOverseers } from "@/lib/platform/queries";
import { createOverseerSchema, createRegencySchema } from "@/lib/platform/rules";
import { loadRegencyDrillDown, loadRollup } from "@/lib/rollup/load";
import { overseenRegencies, rollupInputs } from "@/lib/rollup/queries";
import { loadDashboard } from "@/lib/targets/dashboard";
import { withTenants } from "@/lib/tenancy/context";
import { createUserCommand, updateUserCommand } from "@/lib/users/commands";
import { listUsers } from "@/lib/users/queries";
import { createUserSchema } from "@/lib/users/rules";
import { actorOf } from "../support/actors";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
const tenantIds: Record<string, number> = {};
const region: Record<string, Actor> = {};
let sinjaiAdmin: Actor;
let sinjaiViewer: Actor;
let contohViewer: Actor;
let contohAdmin: Actor;

/** A regency the test makes through the platform command, with a period, a target and one month of figures. */
async function regencyWithFigures(slug: string, baseline: number, added: number): Promise<number> {
  const { id } = await createRegencyCommand(
    createRegencySchema.parse({
      slug,
      name: `Kabupaten ${slug}`,
      province: "Uji",
      adminName: "Admin",
      adminEmail: `admin@${slug}.test`,
      adminPassword: "kata-sandi-uji",
    }),
    region.platform!,
  );
  await withTenants([id], async () => {
    const [admin] = await handle.db.select().from(s.users);
    const [sector] = await handle.db.insert(s.sectors).values({ code: "umum", nameId: "Umum", nameEn: "General", position: 1 }).returning();
    const [period] = await handle.db.insert(s.periods).values({ year: 2025, startsOn: "2025-01-01", endsOn: "2025-12-31" }).returning();
    await handle.db.insert(s.coverageTargets).values({
      periodId: period!.id,
      workingPopulation: 100000,
      baselineParticipants: baseline,
      baselineCoveragePct: String(baseline / 1000),
      targetCoveragePct: "40.00",
      deadline: "2025-12-31",
      source: "meeting",
      dataDate: "2025-01-15",
      enteredById: admin!.id,
    });
    await handle.db.insert(s.realisations).values({
      sectorId: sector!.id,
      month: "2025-03-01",
      newParticipants: added,
      activeParticipants: baseline + added,
      source: "bpjs_branch",
      dataDate: "2025-04-05",
      enteredById: admin!.id,
    });
  });
  return id;
}

/** The SQL statements `work` sends. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = statementCounter.count;
  await work();
  return statementCounter.count - before;
}

async function notFound(work: Promise<unknown>): Promise<boolean> {
  try {
    await work;
    return false;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? "").includes("404");
  }
}

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  for (const t of await handle.owner.select().from(s.tenants)) tenantIds[t.slug] = t.id;
  for (const [slug, into] of [["sulsel", region]] as const) {
    const rows = await handle.owner.select().from(s.users).where(eq(s.users.tenantId, tenantIds[slug]!));
    for (const u of rows) into[u.email.split("@")[0]!.replace(".", "_")] = actorOf(u);
  }
  const byEmail = async (email: string) => actorOf((await handle.owner.select().from(s.users).where(eq(s.users.email, email)))[0]!);
  sinjaiAdmin = await byEmail("admin@sinjai.demo");
  sinjaiViewer = await byEmail("sekda@sinjai.demo");
  contohAdmin = await byEmail("admin@contoh.demo");
  contohViewer = { ...contohAdmin, role: "viewer" };
});

afterAll(async () => {
  await handle.close();
});

describe("the demo's region", () => {
  it("holds a province viewer and a regional reviewer who oversee both regencies, and the platform admin, who oversees every regency", async () => {
    expect(Object.keys(region).sort()).toEqual(["bpjs_wilayah", "platform", "provinsi"]);
    const names = async (actor: Actor) => (await overseenRegencies(actor)).map((r) => r.slug).sort();
    expect(await names(region.provinsi!)).toEqual(["contoh", "sinjai"]);
    expect(await names(region.bpjs_wilayah!)).toEqual(["contoh", "sinjai"]);
    expect(await names(region.platform!)).toEqual(["contoh", "sinjai"]);
    // No one inside a regency oversees anything, and a region is never listed as a regency.
    expect(await names(sinjaiAdmin)).toEqual([]);
  });

  it("lists its overseers with their regencies for the platform admin, one by id, and nobody of a regency", async () => {
    const list = await listOverseers({ actor: region.platform!, page: 1 });
    const provinsi = list.rows.find((r) => r.id === region.provinsi!.id);
    expect(provinsi?.regencies).toEqual(["Kabupaten Contoh", "Kabupaten Sinjai"]);
    expect([...(provinsi?.regencyIds ?? [])].sort()).toEqual([tenantIds.contoh, tenantIds.sinjai].sort());
    expect(list.rows.every((r) => r.role === "province_viewer" || r.role === "regional_reviewer")).toBe(true);
    expect(list.total).toBe(list.rows.length);
    expect(await getOverseer({ actor: region.platform!, id: region.provinsi!.id })).toEqual(provinsi);
    // The platform admin is no overseer, and a regency's user is not found from the region.
    expect(await getOverseer({ actor: region.platform!, id: region.platform!.id })).toBeNull();
    expect(await getOverseer({ actor: region.platform!, id: sinjaiAdmin.id })).toBeNull();
  });
});

describe("the roll-up", () => {
  it("gives each regency the coverage and pace its own dashboard shows", async () => {
    const { rows } = await withTenants([tenantIds.sulsel!], () => loadRollup(region.provinsi!));
    expect(rows.map((r) => r.regency.slug).sort()).toEqual(["contoh", "sinjai"]);
    for (const [slug, reader] of [
      ["sinjai", sinjaiViewer],
      ["contoh", contohViewer],
    ] as const) {
      const own = await withTenants([tenantIds[slug]!], () => loadDashboard(reader));
      const row = rows.find((r) => r.regency.slug === slug)!;
      expect(own!.summary.projection).not.toBeNull();
      expect(row.currentPct).toBe(own!.summary.projection!.currentPct);
      expect(row.paceNeeded).toBe(own!.summary.projection!.paceNeeded);
      expect(row.targetPct).toBe(own!.summary.targetPct);
      expect(row.overdueActions).toBeGreaterThanOrEqual(0);
    }
    // The demo's Sinjai carries its realised months: the figure has a data date and a source.
    expect(rows.find((r) => r.regency.slug === "sinjai")!.latest).not.toBeNull();
  });

  it("runs the same number of statements for two regencies as for four", async () => {
    await regencyWithFigures("uji-satu", 30000, 1000);
    await regencyWithFigures("uji-dua", 35000, 4000);
    const all = await overseenRegencies(region.platform!);
    expect(all).toHaveLength(4);
    const two = all.filter((r) => r.slug === "sinjai" || r.slug === "contoh");
    const forTwo = await statements(() => rollupInputs(two));
    const forFour = await statements(() => rollupInputs(all));
    expect(forFour).toBe(forTwo);
    expect(forFour).toBeLessThanOrEqual(5);
  });

  it("ranks by coverage as a share of target", async () => {
    const { rows } = await withTenants([tenantIds.sulsel!], () => loadRollup(region.platform!));
    const mine = rows.filter((r) => r.regency.slug.startsWith("uji-"));
    // 39 % of a 40 % target before 31 %.
    expect(mine.map((r) => r.regency.slug)).toEqual(["uji-dua", "uji-satu"]);
    expect(mine[0]!.shareOfTarget).toBeCloseTo(97.5, 5);
    const shares = rows.map((r) => r.shareOfTarget ?? -1);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it("reads only the granted regencies, and refuses the drill-down into another", async () => {
    await setGrantsCommand({ userId: region.provinsi!.id, regencyIds: [tenantIds.sinjai!] }, region.platform!);
    const { rows } = await withTenants([tenantIds.sulsel!], () => loadRollup(region.provinsi!));
    expect(rows.map((r) => r.regency.slug)).toEqual(["sinjai"]);
    expect(await notFound(withTenants([tenantIds.sulsel!], () => loadRegencyDrillDown(region.provinsi!, "contoh")))).toBe(true);
    expect(await notFound(withTenants([tenantIds.sulsel!], () => loadRegencyDrillDown(region.provinsi!, "sulsel")))).toBe(true);
    const drill = await withTenants([tenantIds.sulsel!], () => loadRegencyDrillDown(region.provinsi!, "sinjai"));
    expect(drill.regency.slug).toBe("sinjai");
    expect(drill.dashboard!.mayManageTargets).toBe(false);
    await setGrantsCommand({ userId: region.provinsi!.id, regencyIds: [tenantIds.sinjai!, tenantIds.contoh!] }, region.platform!);
  });

  it("is refused to the roles of a regency", async () => {
    await expect(withTenants([tenantIds.sinjai!], () => loadRollup(sinjaiAdmin))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(withTenants([tenantIds.sinjai!], () => loadRegencyDrillDown(sinjaiViewer, "contoh"))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the platform commands", () => {
  it("create a regency with its settings and first admin in one transaction, recorded in the history", async () => {
    const { id } = await createRegencyCommand(
      createRegencySchema.parse({
        slug: "baru",
        name: "Kabupaten Baru",
        province: "Sulawesi Selatan",
        host: "baru.example.go.id",
        adminName: "Admin Baru",
        adminEmail: "admin@baru.test",
        adminPassword: "kata-sandi-baru",
      }),
      region.platform!,
    );
    const [tenant] = await handle.owner.select().from(s.tenants).where(eq(s.tenants.id, id));
    expect(tenant).toMatchObject({ slug: "baru", kind: "regency", host: "baru.example.go.id", demo: false });
    const users = await handle.owner.select().from(s.users).where(eq(s.users.tenantId, id));
    expect(users.map((u) => [u.email, u.role])).toEqual([["admin@baru.test", "admin"]]);
    const settings = await handle.owner.select().from(s.settings).where(eq(s.settings.tenantId, id));
    expect(settings.map((x) => x.key).sort()).toEqual(["coverage_rule", "region"]);
    const recorded = await handle.owner
      .select()
      .from(s.history)
      .where(and(eq(s.history.entityType, "tenant"), eq(s.history.entityId, id)));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ tenantId: tenantIds.sulsel, actorId: region.platform!.id, operation: "create" });
  });

  it("refuse a taken slug and leave nothing behind", async () => {
    const before = (await handle.owner.select().from(s.tenants)).length;
    const input = createRegencySchema.parse({ slug: "sinjai", name: "Lagi", adminName: "A", adminEmail: "a@lagi.test", adminPassword: "kata-sandi-lagi" });
    await expect(createRegencyCommand(input, region.platform!)).rejects.toMatchObject({ field: "slug", key: "slugTaken" });
    expect(await handle.owner.select().from(s.tenants)).toHaveLength(before);
    expect(await handle.owner.select().from(s.users).where(eq(s.users.email, "a@lagi.test"))).toHaveLength(0);
  });

  it("are refused to every role but the platform admin, with the database unchanged", async () => {
    const before = (await handle.owner.select().from(s.tenants)).length;
    const input = createRegencySchema.parse({ slug: "tolak", name: "Tolak", adminName: "A", adminEmail: "a@tolak.test", adminPassword: "kata-sandi-tolak" });
    for (const actor of [region.provinsi!, region.bpjs_wilayah!, sinjaiAdmin]) {
      await expect(createRegencyCommand(input, actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setGrantsCommand({ userId: region.provinsi!.id, regencyIds: [] }, actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await handle.owner.select().from(s.tenants)).toHaveLength(before);
    expect(await overseenRegencies(region.provinsi!)).toHaveLength(2);
  });

  it("create an overseer in the region with its regencies, and refuse a region as a regency", async () => {
    const input = createOverseerSchema.parse({
      name: "Pemantau Baru",
      email: "pemantau@sulsel.test",
      role: "province_viewer",
      password: "kata-sandi-pemantau",
      regencyIds: [String(tenantIds.contoh)],
    });
    const id = await createOverseerCommand(input, region.platform!);
    const [row] = await handle.owner.select().from(s.users).where(eq(s.users.id, id));
    expect(row!.tenantId).toBe(tenantIds.sulsel);
    expect((await overseenRegencies(actorOf(row!))).map((r) => r.slug)).toEqual(["contoh"]);
    const bad = createOverseerSchema.parse({ ...input, email: "lain@sulsel.test", regencyIds: [String(tenantIds.sulsel)] });
    await expect(createOverseerCommand(bad, region.platform!)).rejects.toMatchObject({ key: "unknownRegency" });
    const history = await handle.owner
      .select()
      .from(s.history)
      .where(and(eq(s.history.entityType, "oversight_grant"), eq(s.history.entityId, region.provinsi!.id)));
    expect(history.length).toBeGreaterThanOrEqual(2);
  });
});

describe("a regency admin", () => {
  it("cannot give a role above the regency", () => {
    const parsed = createUserSchema.safeParse({ name: "X", email: "x@sinjai.test", role: "province_viewer", password: "kata-sandi-x" });
    expect(parsed.success).toBe(false);
  });

  it("manages only its own regency's users", async () => {
    const listed = await withTenants([tenantIds.sinjai!], () => listUsers({ page: 1 }));
    expect(listed.rows.every((u) => u.email.endsWith("@sinjai.demo") || u.email.endsWith(".test"))).toBe(true);
    const contohUser = (await handle.owner.select().from(s.users).where(eq(s.users.email, "dinsos@contoh.demo")))[0]!;
    const before = JSON.stringify(contohUser);
    await expect(
      withTenants([tenantIds.sinjai!], () =>
        updateUserCommand(
          { id: contohUser.id, name: "Diambil", email: contohUser.email, position: "", role: "viewer", agencyId: null, active: true },
          sinjaiAdmin,
        ),
      ),
    ).rejects.toMatchObject({ key: "notFound" });
    expect(JSON.stringify((await handle.owner.select().from(s.users).where(eq(s.users.id, contohUser.id)))[0])).toBe(before);
    const id = await withTenants([tenantIds.sinjai!], () =>
      createUserCommand({ name: "Baru", email: "baru@sinjai.test", position: "", role: "viewer", agencyId: null, password: "kata-sandi-baru" }, sinjaiAdmin),
    );
    expect((await handle.owner.select().from(s.users).where(eq(s.users.id, id)))[0]!.tenantId).toBe(tenantIds.sinjai);
    void contohAdmin;
  });
});
