import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AttendanceRowForm, GuestForm, InviteUsersForm } from "@/components/meetings/attendance-editor";
import { AttendanceList } from "@/components/meetings/meeting-sections";
import { Card, Notice, PageHeader } from "@/components/ui/card";
import { witaParts } from "@/lib/i18n/dates";
import { loadMeetingFor } from "@/lib/meetings/load";
import { meetingFormOptions } from "@/lib/meetings/queries";
import { isLocked } from "@/lib/meetings/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attendance"))("title") };
}

export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const { meeting } = await loadMeetingFor("meeting.update", params);
  const t = await getTranslations("attendance");
  const back = (
    <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 hover:underline">
      ← {meeting.title}
    </Link>
  );
  if (isLocked(meeting.status)) {
    return (
      <>
        <PageHeader title={t("title")} description={back} />
        <Notice tone="info" label={t("locked")}>
          {t("locked")}
        </Notice>
        <div className="mt-6">
          <AttendanceList meeting={meeting} />
        </div>
      </>
    );
  }
  const options = await meetingFormOptions();
  const invited = new Set(meeting.attendees.map((a) => a.userId));
  return (
    <>
      <PageHeader title={t("title")} description={back} />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="min-w-0 space-y-6 lg:col-span-3">
          <Card title={t("takeAttendance")}>
            {meeting.attendees.length === 0 ? (
              <p className="text-sm text-muted">{t("nobodyYet")}</p>
            ) : (
              <div className="space-y-3">
                {meeting.attendees.map((a) => (
                  <AttendanceRowForm
                    key={a.id}
                    meetingId={meeting.id}
                    attendee={{
                      id: a.id,
                      name: a.name,
                      position: a.position,
                      org: a.agencyName ?? a.institution,
                      attendance: a.attendance,
                      deputyName: a.deputyName,
                      deputyPosition: a.deputyPosition,
                      arrivedAt: a.arrivedAt ? witaParts(a.arrivedAt).time : "",
                      walkIn: a.walkIn,
                      version: a.version,
                    }}
                  />
                ))}
              </div>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title={t("inviteUsers")}>
            <InviteUsersForm meetingId={meeting.id} people={options.people.filter((p) => !invited.has(p.id))} />
          </Card>
          <Card title={t("guests")}>
            <GuestForm meetingId={meeting.id} />
          </Card>
        </div>
      </div>
    </>
  );
}
