import type { Metadata, Viewport } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessagesProvider } from "@/lib/i18n/client";
import { pickMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: "Kawal", template: "%s · Kawal" }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // Only what client components read goes to the browser, not the whole catalogue, and not
  // next-intl's client runtime either (lib/i18n/client.tsx).
  const messages = pickMessages(await getMessages());
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <ClientMessagesProvider locale={locale} messages={messages}>
          {children}
        </ClientMessagesProvider>
      </body>
    </html>
  );
}
