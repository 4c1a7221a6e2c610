import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmMinutesForm } from "@/components/meetings/confirm-minutes-form";
import { MeetingStatusBadge } from "@/components/meetings/meeting-badges";
import {
  AmendmentsCard,
  AttendanceList,
  CommitmentsSection,
  ConfirmationsCard,
  FollowUpTable,
  MeetingFacts,
  MeetingHistory,
  MinutesSections,
} from "@/components/meetings/meeting-sections";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { loadMeetingFor } from "@/lib/meetings/load";
import { finalizeMeeting } from "@/lib/meetings/mutations";
import { isLocked } from "@/lib/meetings/rules";
import { meetingCapabilities } from "@/lib/policy";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadMeetingFor("meeting.read", params)).meeting.title };
}

export default async function MeetingPage({ params }: { params: Params }) {
  const { user, meeting } = await loadMeetingFor("meeting.read", params);
  const t = await getTranslations("meetings");
  const final = isLocked(meeting.status);
  const may = meetingCapabilities(user, {
    status: meeting.status,
    attendeeUserIds: meeting.attendees.map((a) => a.userId),
    attendeeAgencyIds: meeting.attendees.map((a) => a.agencyId),
  });
  const myConfirmation = meeting.confirmations.find((c) => c.userId === user.id)?.status ?? null;
  const base = `/meetings/${meeting.id}`;
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={<MeetingStatusBadge status={meeting.status} />}
        actions={
          <>
            {may.edit ? (
              <ButtonLink variant="secondary" href={`${base}/edit`}>
                {t("edit")}
              </ButtonLink>
            ) : null}
            {may.attendance ? (
              <ButtonLink variant="secondary" href={`${base}/attendance`}>
                {t("attendance")}
              </ButtonLink>
            ) : null}
            {may.minutes ? (
              <ButtonLink variant="secondary" href={`${base}/minutes`}>
                {final ? t("amend") : t("writeMinutes")}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <nav aria-label={t("exports")} className="no-print mb-6 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted">{t("download")}:</span>
        <a className="rounded-md border border-line bg-white px-3 py-1.5 hover:bg-slate-50" href={`/api/meetings/${meeting.id}/minutes.pdf`}>
          {t("pdf")}
        </a>
        <a className="rounded-md border border-line bg-white px-3 py-1.5 hover:bg-slate-50" href={`/api/meetings/${meeting.id}/invitation.ics`}>
          {t("ics")}
        </a>
        <a className="rounded-md border border-line bg-white px-3 py-1.5 hover:bg-slate-50" href={`/api/meetings/${meeting.id}/attendance.xlsx`}>
          {t("xlsx")}
        </a>
        {may.finalize ? (
          <span className="ml-auto">
            <InlineAction
              action={finalizeMeeting}
              fields={{ meetingId: meeting.id, version: meeting.minutesVersion }}
              label={t("finalize")}
              variant="primary"
              confirm={t("finalizeConfirm")}
            />
          </span>
        ) : null}
      </nav>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <MeetingFacts meeting={meeting} />
          <MinutesSections meeting={meeting} />
          <CommitmentsSection meeting={meeting} />
          <FollowUpTable meeting={meeting} />
          <AmendmentsCard meeting={meeting} />
          {may.history ? <MeetingHistory meeting={meeting} /> : null}
        </div>
        <div className="min-w-0 space-y-6">
          {final ? (
            <ConfirmationsCard meeting={meeting}>
              {may.confirm ? <ConfirmMinutesForm meetingId={meeting.id} current={myConfirmation} /> : null}
            </ConfirmationsCard>
          ) : null}
          <AttendanceList meeting={meeting} />
          <p className="text-xs text-muted">{t("timesInWita")}</p>
        </div>
      </div>
    </>
  );
}
