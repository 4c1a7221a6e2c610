import "server-only";
import { can, type Actor } from "@/lib/authz";
import { todayInWita } from "@/lib/i18n/dates";
import { dashboardData, listPeriods } from "./queries";
import { periodStanding, pickPeriod } from "./rules";
import { summarise } from "./summary";

/** The dashboard of the period asked for (or the current one): its data, what follows from it, and where it stands in time. */
export async function loadDashboard(actor: Actor, requestedPeriod?: number) {
  const periods = await listPeriods();
  const period = pickPeriod(periods, todayInWita(), requestedPeriod);
  if (!period) return null;
  const data = await dashboardData({ actor, periodId: period.id });
  return {
    period,
    periods,
    data,
    summary: summarise(data),
    standing: periodStanding(period, periods, data.today),
    mayManageTargets: can(actor, "target.manage"),
  };
}
