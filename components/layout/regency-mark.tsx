import { getTranslations } from "next-intl/server";
import type { Tenant } from "@/lib/tenancy/resolve";

/** Which regency this address serves, and, for the demo's invented one, that its data is illustrative. */
export async function RegencyMark({ tenant, tone = "dark" }: { tenant: Pick<Tenant, "name" | "demo">; tone?: "dark" | "light" }) {
  const t = await getTranslations("tenancy");
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={tone === "dark" ? "text-brand-100" : "text-slate-700"}>{t("government", { name: tenant.name })}</span>
      {tenant.demo ? (
        <span className="rounded bg-amber-300 px-1.5 py-0.5 text-xs font-semibold text-amber-950" title={t("demoNote")}>
          {t("demo")}
        </span>
      ) : null}
    </span>
  );
}
