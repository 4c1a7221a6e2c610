import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { StepCheckbox } from "./action-forms";
import type { ActionDetail } from "@/lib/actions/queries";
import { isOverdue, stepProgress } from "@/lib/actions/rules";
import { formatDate, todayInWita } from "@/lib/i18n/dates";

export async function ActionFacts({ action }: { action: ActionDetail }) {
  const t = await getTranslations("actions.detail");
  const prio = await getTranslations("enums.priority");
  const format = await getFormatter();
  const overdue = isOverdue(action, todayInWita());
  const facts: Array<[string, React.ReactNode]> = [
    [t("owner"), action.agencyName],
    [t("assignee"), action.assigneeName ?? "–"],
    [
      t("due"),
      <span key="due">
        {formatDate(format, action.dueDate, "date")}
        {overdue ? (
          <span className="ml-2">
            <Badge tone="danger">{t("overdue")}</Badge>
          </span>
        ) : null}
      </span>,
    ],
    [t("priority"), prio(action.priority)],
    [t("supporters"), action.supporters.map((s) => s.name).join(", ") || "–"],
  ];
  return (
    <Card>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs uppercase tracking-wide text-muted">{label}</dt>
            <dd className="mt-0.5">{value}</dd>
          </div>
        ))}
        {action.meetingTitle ? (
          <div className="sm:col-span-2">
            <dt className="text-xs uppercase tracking-wide text-muted">{t("meeting")}</dt>
            <dd className="mt-0.5">
              <Link href={`/meetings/${action.meetingId}`} className="text-brand-700 hover:underline">
                {action.meetingTitle}
              </Link>
              {action.commitmentBody ? <span className="block text-xs text-muted">{t("commitment", { body: action.commitmentBody })}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {action.description ? <p className="mt-4 whitespace-pre-line border-t border-line pt-4 text-sm">{action.description}</p> : null}
      {action.status === "blocked" && action.blockedReason ? (
        <p className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-900">{t("blockedBecause", { reason: action.blockedReason })}</p>
      ) : null}
    </Card>
  );
}

/** The agreed steps in order; those who report on the action tick them off (`canReport`, from the policy). */
export async function ActionSteps({ action, canReport }: { action: ActionDetail; canReport: boolean }) {
  const t = await getTranslations("actions.detail");
  const format = await getFormatter();
  const { done, total } = stepProgress(action.steps);
  return (
    <Card title={t("steps")} actions={<span className="text-sm text-muted">{t("stepsDone", { done, total })}</span>}>
      {total === 0 ? (
        <p className="text-sm text-muted">{t("noSteps")}</p>
      ) : (
        <ol className="divide-y divide-line" aria-label={t("steps")}>
          {action.steps.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span className={s.doneAt ? "text-muted line-through" : ""}>
                <span aria-hidden>{s.doneAt ? "☑" : "☐"} </span>
                {s.position}. {s.title}
                {s.dueDate ? <span className="ml-2 text-xs text-muted no-underline">({formatDate(format, s.dueDate, "short")})</span> : null}
              </span>
              {canReport ? <StepCheckbox actionId={action.id} step={{ id: s.id, title: s.title, done: Boolean(s.doneAt) }} /> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

export async function ContributionTable({ action }: { action: ActionDetail }) {
  const t = await getTranslations("actions.detail");
  const format = await getFormatter();
  const locale = await getLocale();
  if (action.targets.length === 0) return null;
  return (
    <Card title={t("contribution")}>
      <ul className="divide-y divide-line text-sm" aria-label={t("contribution")}>
        {action.targets.map((x) => (
          <li key={x.sectorTargetId} className="py-2">
            <p className="font-medium">{locale === "en" ? x.sectorNameEn : x.sectorNameId}</p>
            <dl className="mt-1 grid grid-cols-3 gap-2 text-xs">
              <div>
                <dt className="text-muted">{t("expected")}</dt>
                <dd className="text-sm">{format.number(x.expected)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("reported")}</dt>
                <dd className="text-sm">{format.number(x.reported)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t("verified")}</dt>
                <dd className="text-sm font-semibold">{format.number(x.verified)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-muted">{t("contributionHint")}</p>
    </Card>
  );
}

export async function ProgressTimeline({ action }: { action: ActionDetail }) {
  const t = await getTranslations("actions.detail");
  const format = await getFormatter();
  if (action.updates.length === 0) return <p className="text-sm text-muted">{t("noProgress")}</p>;
  return (
    <ol className="space-y-4" aria-label={t("progress")}>
      {action.updates.map((u) => (
        <li key={u.id} className="border-l-4 border-brand-100 pl-3 text-sm">
          <p className="text-xs text-muted">
            {u.authorName ?? "–"} · {formatDate(format, u.createdAt, "dateTime")} WITA{u.percent !== null ? ` · ${u.percent} %` : ""}
            {u.figureAchieved !== null ? ` · ${t("figure", { n: format.number(u.figureAchieved) })}` : ""}
          </p>
          <p className="whitespace-pre-line">{u.body}</p>
          {u.files.length > 0 ? (
            <ul className="mt-1 flex flex-wrap gap-2">
              {u.files.map((f) => (
                <li key={f.id}>
                  <a
                    href={`/api/evidence/${f.id}`}
                    className="inline-flex items-center gap-1 rounded border border-line bg-white px-2 py-1 text-xs text-brand-800 hover:bg-slate-50"
                  >
                    {f.fileName} <span className="text-muted">({format.number(Math.max(1, Math.round(f.sizeBytes / 1024)))} KB)</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export async function ActionComments({ action }: { action: ActionDetail }) {
  const t = await getTranslations("actions.detail");
  const format = await getFormatter();
  if (action.comments.length === 0) return <p className="text-sm text-muted">{t("noComments")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("comments")}>
      {action.comments.map((c) => (
        <li key={c.id} className="rounded-md bg-slate-50 p-3 text-sm">
          <p className="text-xs text-muted">
            {c.authorName ?? "–"} · {formatDate(format, c.createdAt, "dateTime")} WITA
          </p>
          <p className="whitespace-pre-line">{c.body}</p>
        </li>
      ))}
    </ul>
  );
}

export async function ActionHistory({ action }: { action: ActionDetail }) {
  const t = await getTranslations("actions.history");
  const statuses = await getTranslations("enums.actionStatus");
  const format = await getFormatter();
  const describe = (op: string, changes: Record<string, unknown>) => {
    const status = changes.status as { from: string; to: string } | undefined;
    switch (op) {
      case "create":
        return t("create");
      case "status":
      case "verify":
      case "return":
        return t(op === "status" ? "status" : op, { from: status ? statuses(status.from as never) : "", to: status ? statuses(status.to as never) : "" });
      case "step_done":
        return t("stepDone", { step: String(changes.step ?? "") });
      case "step_undone":
        return t("stepUndone", { step: String(changes.step ?? "") });
      case "progress":
        return t("progress");
      case "update_plan":
        return t("plan", {
          fields: Object.keys(changes)
            .map((f) => (t.has(`fields.${f}` as never) ? t(`fields.${f}` as never) : f))
            .join(", "),
        });
      default:
        return op;
    }
  };
  if (action.history.length === 0) return <p className="text-sm text-muted">{t("empty")}</p>;
  return (
    <ol className="space-y-2 text-sm" aria-label={t("title")}>
      {action.history.map((h) => (
        <li key={h.id} className="flex flex-wrap justify-between gap-x-4 border-b border-line pb-2">
          <span>
            {describe(h.operation, h.changes as Record<string, unknown>)}
            {h.reason ? <span className="block text-xs text-muted">{t("reason", { reason: h.reason })}</span> : null}
          </span>
          <span className="text-xs text-muted">
            {h.actorName ?? "–"} · {formatDate(format, h.createdAt, "dateTime")} WITA
          </span>
        </li>
      ))}
    </ol>
  );
}
