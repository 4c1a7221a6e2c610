import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { logout } from "@/lib/auth/mutations";
import { requireUser } from "@/lib/auth/session";

/** Pages an account may open before it may open the portal: a header with no links into it. */
export default async function SetupLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ enrolling: true });
  const t = await getTranslations("nav");
  return (
    <>
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="text-xl font-bold tracking-tight">Kawal</span>
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden font-medium sm:block">{user.name}</span>
            <LanguageSwitch />
            <form action={logout}>
              <button type="submit" className="rounded-md bg-white/10 px-3 py-1 text-xs font-medium hover:bg-white/20">
                {t("logout")}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
    </>
  );
}
