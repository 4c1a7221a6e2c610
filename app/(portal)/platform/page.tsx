import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlatformNav } from "@/components/platform/platform-nav";
import { RegencyTable } from "@/components/platform/platform-tables";
import { RegencyForm } from "@/components/platform/regency-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireAllowed } from "@/lib/auth/session";
import { parsePage } from "@/lib/pagination";
import { listRegencies } from "@/lib/platform/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platform"))("regencies") };
}

export default async function PlatformPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireAllowed("platform.manage");
  const page = parsePage((await searchParams).page);
  const t = await getTranslations("platform");
  const regencies = await listRegencies({ page });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <PlatformNav current="regencies" />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="regencies">
          <h2 id="regencies" className="mb-3 text-lg font-semibold">
            {t("regencies")}
          </h2>
          <RegencyTable
            regencies={regencies.rows}
            pagination={<Pagination basePath="/platform" page={page} pageSize={regencies.pageSize} total={regencies.total} />}
          />
        </section>
        <Card title={t("newRegency")}>
          <p className="mb-4 text-sm text-muted">{t("newRegencyIntro")}</p>
          <RegencyForm />
        </Card>
      </div>
    </>
  );
}
