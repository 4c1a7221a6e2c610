import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CodeLoginForm } from "@/components/auth/code-login-form";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { RegencyMark } from "@/components/layout/regency-mark";
import { currentUser } from "@/lib/auth/session";
import { hasPendingLogin } from "@/lib/auth/two-factor/pending";
import { currentRequestTenant } from "@/lib/tenancy/request";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  // An address that names no regency is a 404 here already, before anyone types a password.
  const tenant = (await currentRequestTenant())!;
  if (await currentUser()) redirect("/");
  const callback = (await searchParams).callbackUrl;
  // A right password that still owes its second factor (the pending-login cookie): the code step.
  const codeStep = await hasPendingLogin();
  const t = await getTranslations("auth");
  const app = await getTranslations("app");
  return (
    <main className="flex min-h-dvh flex-col bg-brand-800">
      <div className="flex justify-end p-4 text-white">
        <LanguageSwitch />
      </div>
      <div className="flex flex-1 items-start justify-center px-4 pb-16 sm:items-center">
        <div className="w-full max-w-sm">
          <div className="mb-6 text-center text-white">
            <p className="text-3xl font-bold tracking-tight">Kawal</p>
            <p className="mt-1 text-sm text-brand-100">{app("tagline")}</p>
          </div>
          <div className="rounded-lg bg-white p-6 shadow-lg">
            <h1 className="mb-4 text-lg font-semibold">{codeStep ? t("codeTitle") : t("title")}</h1>
            {codeStep ? (
              <CodeLoginForm callbackUrl={typeof callback === "string" ? callback.slice(0, 500) : undefined} />
            ) : (
              <LoginForm callbackUrl={typeof callback === "string" ? callback.slice(0, 500) : undefined} />
            )}
          </div>
          <p className="mt-4 text-center text-xs">
            <RegencyMark tenant={tenant} />
          </p>
        </div>
      </div>
    </main>
  );
}
