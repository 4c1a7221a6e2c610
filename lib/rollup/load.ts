import "server-only";
import { notFound } from "next/navigation";
import { authorize, type Actor } from "@/lib/authz";
import { loadDashboard } from "@/lib/targets/dashboard";
import { withTenants } from "@/lib/tenancy/context";
import { overseenRegencies, rollupInputs } from "./queries";
import { rollupRows } from "./rules";

/** The roll-up page: every regency the actor oversees, ranked by coverage as a share of target. */
export async function loadRollup(actor: Actor) {
  authorize(actor, "rollup.read");
  const regencies = await overseenRegencies(actor);
  const inputs = await rollupInputs(regencies);
  return { rows: rollupRows(inputs), today: inputs.today };
}

/**
 * One overseen regency's dashboard, read-only: the regency's own loader, run with that regency
 * as the only tenant. A regency not granted to the actor is not found (404), as is a slug that
 * names no regency.
 */
export async function loadRegencyDrillDown(actor: Actor, slug: string, requestedPeriod?: number) {
  authorize(actor, "rollup.read");
  const regency = (await overseenRegencies(actor)).find((r) => r.slug === slug);
  if (!regency) notFound();
  // The overseer reads as itself, with the regency as its tenant for the read scopes; its role
  // holds no regency operation, so nothing it is handed can change the regency's records.
  const reader: Actor = { ...actor, tenantId: regency.id };
  const dashboard = await withTenants([regency.id], () => loadDashboard(reader, requestedPeriod));
  return { regency, dashboard };
}
