import Link from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import type { listCommitmentsToAgency } from "@/lib/meetings/queries";
import { formatDate } from "@/lib/i18n/dates";

type Row = Awaited<ReturnType<typeof listCommitmentsToAgency>>["rows"][number];

export async function CommitmentReviewList({ commitments }: { commitments: Row[] }) {
  const t = await getTranslations("commitments");
  const format = await getFormatter();
  if (commitments.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <ul className="space-y-3" aria-label={t("listLabel")}>
      {commitments.map((c) => (
        <li key={c.id} className="rounded-lg border border-line bg-white p-4">
          <p className="font-medium">{c.body}</p>
          <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline text-muted">{t("by")}: </dt>
              <dd className="inline">
                {c.agencyName ?? "–"}
                {c.committedByName ? ` (${c.committedByName})` : ""}
              </dd>
            </div>
            {c.figure !== null ? (
              <div>
                <dt className="inline text-muted">{t("figure")}: </dt>
                <dd className="inline">
                  {format.number(c.figure)} {c.figureUnit ?? ""}
                </dd>
              </div>
            ) : null}
            {c.dueDate ? (
              <div>
                <dt className="inline text-muted">{t("due")}: </dt>
                <dd className="inline">{formatDate(format, c.dueDate, "date")}</dd>
              </div>
            ) : null}
            <div>
              <dt className="inline text-muted">{t("actions")}: </dt>
              <dd className="inline">{c.actionCount}</dd>
            </div>
          </dl>
          <Link href={`/meetings/${c.meetingId}`} className="mt-2 inline-block text-sm text-brand-700 hover:underline">
            {c.meetingTitle} · {formatDate(format, c.meetingStartsAt, "date")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
