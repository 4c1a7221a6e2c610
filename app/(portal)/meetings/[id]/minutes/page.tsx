import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CommitmentActionsForm } from "@/components/meetings/commitment-actions-form";
import { CommitmentForm, MinutesForm, StatementForm } from "@/components/meetings/minutes-editor";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { sectorTargetOptions } from "@/lib/actions/queries";
import { loadMeetingFor } from "@/lib/meetings/load";
import { removeMinutesEntry } from "@/lib/meetings/minutes-mutations";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { isLocked } from "@/lib/meetings/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes"))("title") };
}

export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const { meeting } = await loadMeetingFor("meeting.update", params);
  const t = await getTranslations("minutes");
  const locale = await getLocale();
  const [options, targetRows] = await Promise.all([meetingFormOptions(), sectorTargetOptions()]);
  const targets = targetRows.map((x) => ({ value: String(x.id), label: `${locale === "en" ? x.sectorNameEn : x.sectorNameId} (${x.year})` }));
  const final = isLocked(meeting.status);
  const agenda = meeting.agenda.map((a) => ({ value: String(a.id), label: `${a.position}. ${a.title}` }));
  const agencies = options.agencies.map((a) => ({ value: String(a.id), label: a.name }));
  const speakers = meeting.attendees.map((a) => ({ value: String(a.id), label: [a.name, a.agencyName ?? a.institution].filter(Boolean).join(" · ") }));
  const sectors = options.sectors.map((s) => ({ value: String(s.id), label: locale === "en" ? s.nameEn : s.nameId }));
  const bpjs = options.agencies.find((a) => /BPJS/i.test(a.name));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={
          <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 hover:underline">
            ← {meeting.title}
          </Link>
        }
      />
      <div className="space-y-6">
        {final ? (
          <Notice tone="info" label={t("finalTitle")}>
            {t("finalBody")}
          </Notice>
        ) : null}
        <Card title={t("discussion")}>
          <MinutesForm
            meetingId={meeting.id}
            version={meeting.minutesVersion}
            final={final}
            summary={meeting.summary}
            conclusions={meeting.conclusions}
            agenda={meeting.agenda.map((a) => ({ id: a.id, position: a.position, title: a.title, notes: a.notes }))}
          />
        </Card>
        <Card title={t("statements")}>
          <ul className="mb-4 space-y-2">
            {meeting.statements.map((s) => (
              <li key={s.id} className="flex items-start justify-between gap-3 border-l-4 border-brand-100 pl-3 text-sm">
                <div>
                  <p className="text-xs font-medium text-muted">
                    {s.speakerName}
                    {s.speakerPosition ? `, ${s.speakerPosition}` : ""}
                  </p>
                  <p>{s.body}</p>
                </div>
                {final ? null : (
                  <InlineAction
                    action={removeMinutesEntry}
                    fields={{ meetingId: meeting.id, id: s.id, kind: "statement" }}
                    label={t("remove")}
                    confirm={t("removeConfirm")}
                  />
                )}
              </li>
            ))}
          </ul>
          {final ? null : <StatementForm meetingId={meeting.id} agenda={agenda} speakers={speakers} />}
        </Card>
        <Card title={t("commitments")}>
          <ol className="mb-4 space-y-4">
            {meeting.commitments.map((c, i) => {
              const actions = meeting.actions.filter((a) => a.commitmentId === c.id);
              return (
                <li key={c.id} className="rounded-md border border-line p-3 text-sm">
                  <div className="flex items-start justify-between gap-3">
                    <p>
                      <span className="font-medium">
                        {i + 1}. {c.agencyName ?? c.committedByName}
                      </span>
                      : {c.body}
                    </p>
                    {final || actions.length > 0 ? null : (
                      <InlineAction
                        action={removeMinutesEntry}
                        fields={{ meetingId: meeting.id, id: c.id, kind: "commitment" }}
                        label={t("remove")}
                        confirm={t("removeConfirm")}
                      />
                    )}
                  </div>
                  {actions.length > 0 ? (
                    <p className="mt-1 text-xs text-muted">
                      {t("actionsSoFar", { count: actions.length })}: {actions.map((a) => a.title).join("; ")}
                    </p>
                  ) : null}
                  <Link href={`/actions/new?commitment=${c.id}`} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
                    {t("planWithSteps")}
                  </Link>
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("createActions")}</summary>
                    <div className="mt-2">
                      <CommitmentActionsForm
                        meetingId={meeting.id}
                        commitment={{ id: c.id, body: c.body, agencyId: c.agencyId, dueDate: c.dueDate, sectorTargetId: c.sectorTargetId, figure: c.figure }}
                        agencies={agencies}
                        targets={targets}
                      />
                    </div>
                  </details>
                </li>
              );
            })}
          </ol>
          {final ? null : (
            <CommitmentForm meetingId={meeting.id} agenda={agenda} agencies={agencies} sectors={sectors} defaultToAgencyId={bpjs ? String(bpjs.id) : ""} />
          )}
        </Card>
      </div>
    </>
  );
}
