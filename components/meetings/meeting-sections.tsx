import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/dates";
import { agendaTitle } from "@/lib/meetings/carry-over";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { ActionStatusBadge, AttendanceBadge } from "./meeting-badges";

export async function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  const types = await getTranslations("enums.meetingType");
  const format = await getFormatter();
  const facts: Array<[string, string]> = [
    [t("date"), formatDate(format, meeting.startsAt, "dayDate")],
    [t("time"), `${formatDate(format, meeting.startsAt, "time")}${meeting.endsAt ? `–${formatDate(format, meeting.endsAt, "time")}` : ""} WITA`],
    [t("place"), meeting.place || "–"],
    [t("chair"), `${meeting.chairName}${meeting.chairPosition ? `, ${meeting.chairPosition}` : ""}`],
    [t("type"), types(meeting.type)],
  ];
  if (meeting.seriesName) facts.push([t("series"), meeting.seriesName]);
  if (meeting.minuteTakerName) facts.push([t("minuteTaker"), meeting.minuteTakerName]);
  return (
    <Card>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
            <dd className="mt-0.5">{value}</dd>
          </div>
        ))}
      </dl>
      {meeting.summary ? <p className="mt-4 border-t border-line pt-4 text-sm">{meeting.summary}</p> : null}
    </Card>
  );
}

export async function AttendanceList({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  const present = meeting.attendees.filter((a) => a.attendance === "present" || a.attendance === "represented").length;
  // Grouped by office, so one glance tells which agency came.
  const groups = new Map<string, MeetingDetail["attendees"]>();
  for (const a of meeting.attendees) {
    const key = a.agencyName ?? (a.institution || t("guestsGroup"));
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return (
    <Card title={t("attendance")} actions={<span className="text-sm text-muted">{t("presentOf", { present, total: meeting.attendees.length })}</span>}>
      {meeting.attendees.length === 0 ? <p className="text-sm text-muted">{t("noAttendees")}</p> : null}
      <div className="space-y-3">
        {[...groups.entries()].map(([org, people]) => (
          <section key={org} aria-label={org}>
            <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{org}</h3>
            <ul className="divide-y divide-line">
              {people.map((a) => (
                <li key={a.id} className="flex items-start justify-between gap-3 py-2 text-sm">
                  <div className="min-w-0 flex-1">
                    <p className="font-medium">
                      {a.name}
                      {a.isChair ? <span className="ml-2 text-xs text-brand-700">({t("chairShort")})</span> : null}
                    </p>
                    {a.position ? <p className="text-muted">{a.position}</p> : null}
                    {a.attendance === "represented" && a.deputyName ? <p className="text-xs text-muted">{t("representedBy", { name: a.deputyName })}</p> : null}
                  </div>
                  <div className="shrink-0 text-right">
                    <AttendanceBadge status={a.attendance} />
                    {a.arrivedAt ? <p className="mt-1 text-xs text-muted">{formatDate(format, a.arrivedAt, "time")} WITA</p> : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Card>
  );
}

export async function MinutesSections({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  return (
    <Card title={t("minutes")}>
      <ol className="space-y-5">
        {meeting.agenda.map((item) => {
          const said = meeting.statements.filter((s) => s.agendaItemId === item.id);
          return (
            <li key={item.id}>
              <h3 className="font-semibold">
                {item.position}. {item.title}
              </h3>
              {item.isCarryOverReview ? <CarryOverList meeting={meeting} /> : null}
              {item.notes ? <p className="mt-1 whitespace-pre-line text-sm">{item.notes}</p> : null}
              {said.length > 0 ? (
                <ul className="mt-2 space-y-2">
                  {said.map((s) => (
                    <li key={s.id} className="border-l-4 border-brand-100 pl-3 text-sm">
                      <p className="text-xs font-medium text-muted">
                        {s.speakerName}
                        {s.speakerPosition ? `, ${s.speakerPosition}` : ""}
                      </p>
                      <p>“{s.body}”</p>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {meeting.statements.some((s) => s.agendaItemId === null) ? (
        <div className="mt-5">
          <h3 className="font-semibold">{t("otherStatements")}</h3>
          <ul className="mt-2 space-y-2">
            {meeting.statements
              .filter((s) => s.agendaItemId === null)
              .map((s) => (
                <li key={s.id} className="border-l-4 border-brand-100 pl-3 text-sm">
                  <p className="text-xs font-medium text-muted">
                    {s.speakerName}
                    {s.speakerPosition ? `, ${s.speakerPosition}` : ""}
                  </p>
                  <p>“{s.body}”</p>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      {meeting.conclusions ? (
        <div className="mt-6 border-t border-line pt-4">
          <h3 className="font-semibold">{t("conclusions")}</h3>
          <p className="mt-1 whitespace-pre-line text-sm">{meeting.conclusions}</p>
        </div>
      ) : null}
    </Card>
  );
}

export async function CommitmentsSection({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  const c = await getTranslations("commitments");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Card title={t("commitments")}>
      {meeting.commitments.length === 0 ? (
        <p className="text-sm text-muted">{t("noCommitments")}</p>
      ) : (
        <ol className="space-y-3" aria-label={t("commitments")}>
          {meeting.commitments.map((k, i) => (
            <li key={k.id} className="text-sm">
              <p>
                <span className="font-medium">
                  {i + 1}. {k.agencyName ?? k.committedByName}
                </span>
                : {k.body}
              </p>
              <p className="mt-0.5 text-xs text-muted">
                {[
                  k.toAgencyName ? c("toAgency", { agency: k.toAgencyName }) : null,
                  k.figure !== null ? `${format.number(k.figure)} ${k.figureUnit ?? ""}` : null,
                  k.sectorName ? (locale === "en" ? k.sectorNameEn : k.sectorName) : null,
                  k.dueDate ? c("dueOn", { date: formatDate(format, k.dueDate, "date") }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** The meeting's actions the viewer may read (the query applies the policy's scope), each linked to its page. */
export async function FollowUpTable({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  const a = await getTranslations("actions");
  const format = await getFormatter();
  return (
    <Card title={t("followUp")}>
      <DataTable
        label={t("followUp")}
        look="card"
        rows={meeting.actions}
        rowKey={(x) => x.id}
        minWidth="min-w-[32rem]"
        empty={<p className="text-sm text-muted">{t("noActions")}</p>}
        columns={[
          {
            key: "title",
            header: a("title"),
            cell: (x) => (
              <Link href={`/actions/${x.id}`} className="text-brand-800 hover:underline">
                {x.title}
              </Link>
            ),
          },
          { key: "owner", header: a("owner"), cell: (x) => x.agencyName },
          { key: "due", header: a("due"), nowrap: true, cell: (x) => formatDate(format, x.dueDate, "short") },
          { key: "status", header: a("status"), cell: (x) => <ActionStatusBadge status={x.status} /> },
        ]}
      />
    </Card>
  );
}

/** Open actions from earlier meetings of the series, reviewed under the carry-over agenda item. */
async function CarryOverList({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  if (meeting.carryOver.length === 0) return <p className="mt-1 text-sm text-muted">{t("carryOverNone")}</p>;
  return (
    <ul className="mt-2 divide-y divide-line rounded-md border border-amber-200 bg-amber-50/50 text-sm" aria-label={t("carryOver")}>
      {meeting.carryOver.map((a) => (
        <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
          <span>
            <span className="font-medium">{a.title}</span>
            <span className="block text-xs text-muted">
              {a.agencyName} · {t("fromMeeting", { title: a.meetingTitle, date: formatDate(format, a.meetingStartsAt, "short") })}
            </span>
          </span>
          <span className="flex items-center gap-2 text-xs">
            {formatDate(format, a.dueDate, "short")} <ActionStatusBadge status={a.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function ConfirmationsCard({ meeting, children }: { meeting: MeetingDetail; children?: React.ReactNode }) {
  const t = await getTranslations("confirmations");
  const format = await getFormatter();
  const withLogin = meeting.attendees.filter((a) => a.userId !== null);
  const byUser = new Map(meeting.confirmations.map((c) => [c.userId, c]));
  return (
    <Card
      title={t("title")}
      actions={
        <span className="text-sm text-muted">
          {t("count", { done: meeting.confirmations.filter((c) => c.status === "confirmed").length, total: withLogin.length })}
        </span>
      }
    >
      <ul className="divide-y divide-line text-sm" aria-label={t("title")}>
        {withLogin.map((a) => {
          const c = byUser.get(a.userId!);
          return (
            <li key={a.id} className="py-2">
              <div className="flex items-center justify-between gap-2">
                <span>{a.name}</span>
                {c ? <Badge tone={c.status === "confirmed" ? "success" : "danger"}>{t(c.status)}</Badge> : <Badge>{t("pending")}</Badge>}
              </div>
              {c?.status === "objected" && c.reason ? <p className="mt-1 text-xs text-red-800">{t("objectionReason", { reason: c.reason })}</p> : null}
              {c ? <p className="text-xs text-muted">{formatDate(format, c.createdAt, "dateTime")} WITA</p> : null}
            </li>
          );
        })}
      </ul>
      {children ? <div className="mt-4 border-t border-line pt-4">{children}</div> : null}
    </Card>
  );
}

export async function AmendmentsCard({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  if (meeting.amendments.length === 0) return null;
  // An amendment records what changed by key: "summary", "conclusions" or "agenda <position>. <title>".
  const part = (key: string) => {
    if (key === "summary" || key === "conclusions") return t(`amendedPart.${key}`);
    const agenda = /^agenda (\d+)\. ([\s\S]*)$/.exec(key);
    if (!agenda) return key;
    return t("amendedPart.agenda", { position: agenda[1]!, title: agendaTitle({ title: agenda[2]!, isCarryOverReview: true }, t("carryOverTitle")) });
  };
  return (
    <Card title={t("amendments")}>
      <ol className="space-y-3 text-sm">
        {meeting.amendments.map((a) => {
          const changed = Object.keys(JSON.parse(a.changes) as Record<string, unknown>).map(part);
          return (
            <li key={a.id}>
              <p className="font-medium">{t("amendedBy", { name: a.authorName ?? "–", date: formatDate(format, a.createdAt, "dateTime") })}</p>
              <p>{t("amendmentReason", { reason: a.reason })}</p>
              <p className="text-xs text-muted">{t("amendedParts", { parts: changed.join(", ") })}</p>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

/** Who changed the meeting and when; the secretariat's audit trail. */
export async function MeetingHistory({ meeting }: { meeting: MeetingDetail }) {
  const t = await getTranslations("meetings.history");
  const format = await getFormatter();
  if (meeting.history.length === 0) return null;
  const label = (op: string) => (t.has(op as never) ? t(op as never) : op);
  return (
    <Card>
      <details>
        <summary className="cursor-pointer font-semibold">{t("title", { count: meeting.history.length })}</summary>
        <ol className="mt-3 space-y-2 text-sm" aria-label={t("listLabel")}>
          {meeting.history.map((h) => (
            <li key={h.id} className="flex flex-wrap justify-between gap-x-4 border-b border-line pb-2">
              <span>
                {label(h.operation)}
                {h.reason ? <span className="block text-xs text-muted">{h.reason}</span> : null}
              </span>
              <span className="text-xs text-muted">
                {h.actorName ?? "–"} · {formatDate(format, h.createdAt, "dateTime")} WITA
              </span>
            </li>
          ))}
        </ol>
      </details>
    </Card>
  );
}
