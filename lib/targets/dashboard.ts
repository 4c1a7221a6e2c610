import "server-only";
import type { Actor } from "@/lib/authz";
import { choosePeriod, dashboardData } from "./queries";
import { summarise } from "./summary";

/** The dashboard of the period asked for (or the current one): its data and what follows from it. */
export async function loadDashboard(actor: Actor, requestedPeriod?: number) {
  const period = await choosePeriod(requestedPeriod);
  if (!period) return null;
  const data = await dashboardData({ actor, periodId: period.id });
  return { period, data, summary: summarise(data) };
}
