import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionList } from "@/components/actions/action-list";
import { CommitmentReviewList } from "@/components/commitments/commitment-review-list";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { reviewQueue } from "@/lib/actions/queries";
import { requireAllowed } from "@/lib/auth/session";
import { listCommitmentsToAgency } from "@/lib/meetings/queries";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ page?: string; cpage?: string }> }) {
  const user = await requireAllowed("action.review");
  const search = await searchParams;
  const page = parsePage(search.page);
  const cpage = parsePage(search.cpage);
  const t = await getTranslations("review");
  const [queue, commitments] = await Promise.all([reviewQueue({ actor: user, page }), listCommitmentsToAgency({ actor: user, page: cpage })]);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <section aria-labelledby="queue" className="mb-8">
        <h2 id="queue" className="mb-3 text-lg font-semibold">
          {t("queue", { count: queue.total })}
        </h2>
        <ActionList actions={queue.rows} empty={t("queueEmpty")} />
        <Pagination basePath="/review" page={page} pageSize={queue.pageSize} total={queue.total} params={{ cpage: String(cpage) }} />
      </section>
      <section aria-labelledby="commitments">
        <h2 id="commitments" className="mb-3 text-lg font-semibold">
          {t("commitments")}
        </h2>
        <CommitmentReviewList commitments={commitments.rows} />
      </section>
    </>
  );
}
