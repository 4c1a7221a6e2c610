import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/authz";
import { logout } from "@/lib/auth/mutations";
import type { Tenant } from "@/lib/tenancy/resolve";
import type { SessionUser } from "@/lib/users/queries";
import { LanguageSwitch } from "./language-switch";
import { RegencyMark } from "./regency-mark";

export async function PortalHeader({ user, tenant }: { user: SessionUser; tenant: Pick<Tenant, "name" | "demo"> }) {
  const t = await getTranslations("nav");
  const roles = await getTranslations("enums.role");
  const audit = await getTranslations("audit");
  const unread = user.unreadNotifications;
  const links = [
    { href: "/", label: t("home"), show: !can(user, "rollup.read") },
    { href: "/rollup", label: t("rollup"), show: can(user, "rollup.read") },
    { href: "/platform", label: t("platform"), show: can(user, "platform.manage") },
    { href: "/dashboard", label: t("dashboard"), show: can(user, "dashboard.read") },
    { href: "/meetings", label: t("meetings"), show: can(user, "meeting.read") },
    { href: "/actions", label: t("actions"), show: can(user, "action.read") },
    { href: "/review", label: t("review"), show: can(user, "action.review") },
    { href: "/realisations", label: t("realisations"), show: can(user, "realisation.enter") },
    { href: "/targets", label: t("targets"), show: can(user, "target.manage") },
    { href: "/admin/users", label: t("users"), show: can(user, "user.manage") },
    { href: "/admin/agencies", label: t("agencies"), show: can(user, "agency.manage") },
    { href: "/admin/audit", label: audit("nav"), show: can(user, "audit.read") },
  ].filter((l) => l.show);
  return (
    <header className="no-print bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <span className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <Link href="/" className="text-xl font-bold tracking-tight">
            Kawal
          </Link>
          <span className="text-sm">
            <RegencyMark tenant={tenant} />
          </span>
        </span>
        <div className="flex items-center gap-3 text-sm">
          <span className="hidden text-right leading-tight sm:block">
            <span className="block font-medium">{user.name}</span>
            <span className="block text-xs text-brand-100">
              {roles(user.role)}
              {user.agencyName ? ` · ${user.agencyName}` : ""}
            </span>
          </span>
          {can(user, "notification.read") ? (
            <Link href="/notifications" className="relative rounded-md px-2 py-1 hover:bg-white/10" aria-label={t("inbox", { count: unread })}>
              <svg
                aria-hidden
                viewBox="0 0 24 24"
                className="size-5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
                <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
              </svg>
              {unread > 0 ? (
                <span className="absolute -right-1 -top-1 min-w-5 rounded-full bg-amber-400 px-1 text-center text-xs font-bold text-ink">{unread}</span>
              ) : null}
            </Link>
          ) : null}
          <Link href="/account" className="rounded-md px-2 py-1 hover:bg-white/10" aria-label={t("account")} title={t("account")}>
            <svg
              aria-hidden
              viewBox="0 0 24 24"
              className="size-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <circle cx="12" cy="8" r="4" />
              <path d="M4 21a8 8 0 0 1 16 0" />
            </svg>
          </Link>
          <LanguageSwitch />
          <form action={logout}>
            <button type="submit" className="rounded-md bg-white/10 px-3 py-1 text-xs font-medium hover:bg-white/20">
              {t("logout")}
            </button>
          </form>
        </div>
        <nav aria-label={t("main")} className="-mx-1 flex w-full flex-wrap gap-1 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="whitespace-nowrap rounded-md px-3 py-1.5 font-medium text-brand-50 hover:bg-white/10">
              {l.label}
            </Link>
          ))}
        </nav>
      </div>
    </header>
  );
}
