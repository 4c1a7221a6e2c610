import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/card";
import { contradictions, impliedPopulation, participantsNeeded, ruleMinimumPct, targetParticipants, type Contradiction } from "@/lib/targets/rules";

/** The contradictions between a period's inputs, in words; shared by the dashboard and the targets page. */
export async function ContradictionList({ found, legalReference }: { found: Contradiction[]; legalReference: string }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const pct = (v: number) => `${format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  const n = (v: number | null) => (v === null ? "–" : format.number(Math.round(v)));
  if (found.length === 0) return null;
  return (
    <Notice tone="info" label={t("contradictions")}>
      <p className="font-medium">{t("contradictions")}</p>
      <ul className="mt-1 list-disc pl-5">
        {found.map((c) => (
          <li key={c.kind}>
            {c.kind === "statedNeededMismatch"
              ? t("c.statedNeeded", { stated: n(c.stated), computed: n(c.computed), implied: n(c.impliedPopulation) })
              : c.kind === "belowRuleMinimum"
                ? t("c.belowRule", { target: pct(c.targetPct), minimum: pct(c.minimumPct), reference: legalReference })
                : c.kind === "baselineMismatch"
                  ? t("c.baseline", { stated: pct(c.statedPct), computed: pct(c.computedPct) })
                  : t("c.sectors", { sectors: n(c.sectorsBaseline), region: n(c.regionBaseline) })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** What follows from the regional target's inputs, shown beside the form that holds them. */
export async function DerivedFigures({
  target,
  rule,
  sectorsBaseline,
}: {
  target: {
    workingPopulation: number;
    baselineParticipants: number;
    baselineCoveragePct: string;
    targetCoveragePct: string;
    targetParticipantsStated: number | null;
  };
  rule: { minIncreasePct: number; legalReference: string };
  sectorsBaseline: number | null;
}) {
  const t = await getTranslations("targets.derived");
  const format = await getFormatter();
  const baselinePct = Number(target.baselineCoveragePct);
  const targetPct = Number(target.targetCoveragePct);
  const minimum = ruleMinimumPct(baselinePct, rule.minIncreasePct);
  const needed = participantsNeeded(targetPct, target.workingPopulation, target.baselineParticipants);
  const implied = target.targetParticipantsStated === null ? null : impliedPopulation(target.targetParticipantsStated, baselinePct, targetPct);
  const found = contradictions({
    population: target.workingPopulation,
    baselineParticipants: target.baselineParticipants,
    baselinePct,
    targetPct,
    statedNeeded: target.targetParticipantsStated,
    ruleIncreasePct: rule.minIncreasePct,
    sectorsBaseline,
  });
  const pct = (v: number) => `${format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 2 })} %`;
  const rows: Array<[string, string]> = [
    [t("minimum", { reference: rule.legalReference }), pct(minimum)],
    [t("targetParticipants"), format.number(targetParticipants(targetPct, target.workingPopulation))],
    [t("needed"), format.number(needed)],
  ];
  if (implied !== null) rows.push([t("implied", { stated: format.number(target.targetParticipantsStated ?? 0) }), format.number(implied)]);
  return (
    <div className="space-y-3">
      <dl className="grid gap-3 text-sm sm:grid-cols-2" aria-label={t("title")}>
        {rows.map(([label, value]) => (
          <div key={label} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <ContradictionList found={found} legalReference={rule.legalReference} />
    </div>
  );
}
