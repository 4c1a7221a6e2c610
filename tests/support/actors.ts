import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import { agencies, users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import type { Actor } from "@/lib/authz";

/** The actor a command receives for a user row (what the session carries). */
export function actorOf(user: { id: number; role: Role; agencyId: number | null; tenantId: number }): Actor {
  return { id: user.id, role: user.role, agencyId: user.agencyId, tenantId: user.tenantId };
}

/** The demo's logins as actors, by the local part of their e-mail (sekretariat, kesra, bpjs…). */
export async function demoActors(db: Database): Promise<Record<string, Actor>> {
  const rows = await db.select().from(users);
  return Object.fromEntries(rows.map((u) => [u.email.split("@")[0]!, actorOf(u)]));
}

const unique = () => randomBytes(4).toString("hex");

/** A new agency of the test's own, so that what a test asserts does not depend on the demo. */
export async function createAgency(db: Database, fields: Partial<typeof agencies.$inferInsert> = {}): Promise<number> {
  const code = `T${unique().toUpperCase()}`;
  const [row] = await db
    .insert(agencies)
    .values({ code, name: `Dinas Uji ${code}`, shortName: code, kind: "dinas", headTitle: "Kepala Dinas", ...fields })
    .returning({ id: agencies.id });
  return row!.id;
}

/** A new login with the given role (and agency), as an actor; the password hash is a placeholder no password matches. */
export async function createActor(db: Database, role: Role, agencyId: number | null = null): Promise<Actor> {
  const [row] = await db
    .insert(users)
    .values({ email: `uji-${unique()}@kawal.test`, name: `Pengguna uji ${role}`, role, agencyId, passwordHash: "!" })
    .returning();
  return actorOf(row!);
}
