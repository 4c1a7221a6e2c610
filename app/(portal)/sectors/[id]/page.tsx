import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SectorActions, SectorMonths } from "@/components/targets/sector-sections";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAllowed } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/dates";
import { parseId } from "@/lib/ids";
import { choosePeriod, sectorDetail } from "@/lib/targets/queries";
import { participantsNow } from "@/lib/targets/rules";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ period?: string }> };

async function load({ params, searchParams }: Props) {
  return loadSector((await params).id, (await searchParams).period ?? "");
}

/** Memoised per request on plain values, so generateMetadata and the page share one load. */
const loadSector = cache(async (rawId: string, rawPeriod: string) => {
  const user = await requireAllowed("dashboard.read");
  const id = parseId(rawId);
  const period = await choosePeriod(parseId(rawPeriod) ?? undefined);
  const detail = id === null || !period ? null : await sectorDetail({ actor: user, sectorId: id, periodId: period.id });
  if (!detail) notFound();
  return detail;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const d = await load(props);
  return { title: (await getLocale()) === "en" ? d.sector.nameEn : d.sector.nameId };
}

export default async function SectorPage(props: Props) {
  const d = await load(props);
  const t = await getTranslations("sector");
  const format = await getFormatter();
  const locale = await getLocale();
  const n = (v: number | null | undefined) => (v === null || v === undefined ? "–" : format.number(v));
  const current = participantsNow(d.target?.baselineParticipants ?? 0, d.months);
  return (
    <>
      <PageHeader title={locale === "en" ? d.sector.nameEn : d.sector.nameId} description={locale === "en" ? d.sector.descriptionEn : d.sector.descriptionId} />
      <div className="space-y-6">
        <Card title={t("target", { year: d.period.year })}>
          {d.target ? (
            <dl className="grid gap-4 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-muted">{t("baseline")}</dt>
                <dd className="text-xl font-semibold">{n(d.target.baselineParticipants)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("targetParticipants")}</dt>
                <dd className="text-xl font-semibold">{n(d.target.targetParticipants)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("current")}</dt>
                <dd className="text-xl font-semibold">{n(current)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("eligible")}</dt>
                <dd className="text-xl font-semibold">{n(d.target.eligiblePopulation)}</dd>
              </div>
            </dl>
          ) : (
            <p className="text-sm text-muted">{t("noTarget")}</p>
          )}
        </Card>
        <Card title={t("months")}>
          <SectorMonths months={d.months} />
        </Card>
        <Card title={t("actions")}>
          <SectorActions actions={d.actions} />
        </Card>
        <Card title={t("meetings")}>
          {d.meetings.length === 0 ? (
            <p className="text-sm text-muted">{t("noMeetings")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {d.meetings.map((m) => (
                <li key={m.id}>
                  <Link href={`/meetings/${m.id}`} className="text-brand-800 hover:underline">
                    {m.title}
                  </Link>{" "}
                  <span className="text-muted">· {formatDate(format, m.startsAt, "date")}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
