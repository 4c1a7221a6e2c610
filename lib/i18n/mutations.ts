"use server";

import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { saveUserLocale } from "./commands";
import { LOCALE_COOKIE, toLocale } from "./config";

/**
 * Anyone, signed in or not, may choose the language (a cookie); a signed-in user also keeps it
 * on their account, for the notices and e-mails written to them while they are away.
 */
export async function setLocale(formData: FormData): Promise<void> {
  // Anyone can post any arguments to a server action: a call that is not a form changes nothing.
  if (!(formData instanceof FormData)) return;
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await currentUser();
  if (user && can(user, "profile.language")) await saveUserLocale(getDb(), user.id, locale);
}
