import type { Database } from "../client";
import * as s from "../schema";
import { regionLogins } from "./logins";

/**
 * The illustrative region "sulsel" (Provinsi Sulawesi Selatan, ilustrasi): no meetings, only the
 * people above the regencies, each province viewer and regional reviewer granted the demo's
 * regencies. Run inside withTenants([region]).
 */
export async function seedRegion(db: Database, passwordHash: string, regencyIds: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    const userRows = await tx
      .insert(s.users)
      .values(regionLogins.map((u) => ({ email: u.email, name: u.name, position: u.position, role: u.role, passwordHash })))
      .returning({ id: s.users.id, role: s.users.role });
    const platform = userRows.find((u) => u.role === "platform_admin")!;
    const overseers = userRows.filter((u) => u.role === "province_viewer" || u.role === "regional_reviewer");
    await tx.insert(s.oversightGrants).values(overseers.flatMap((u) => regencyIds.map((regencyId) => ({ userId: u.id, regencyId, grantedById: platform.id }))));
  });
}
