import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OverseerForm } from "@/components/platform/overseer-form";
import { PlatformNav } from "@/components/platform/platform-nav";
import { OverseerTable } from "@/components/platform/platform-tables";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireAllowed } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";
import { listOverseers, regencyChoices } from "@/lib/platform/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform"))("overseers") };
}

export default async function OverseersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireAllowed("platform.manage");
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("platform");
  const [overseers, regencies] = await Promise.all([listOverseers({ actor: user, page }), regencyChoices()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <PlatformNav current="overseers" />
      <div className="space-y-6">
        <OverseerTable
          overseers={overseers.rows}
          pagination={<Pagination basePath="/platform/overseers" page={page} pageSize={overseers.pageSize} total={overseers.total} />}
        />
        <Card title={t("newOverseer")}>
          <p className="mb-4 text-sm text-muted">{t("newOverseerIntro")}</p>
          <OverseerForm regencies={regencies} />
        </Card>
      </div>
    </>
  );
}
