"use client";
/**
 * Translations for client components, without next-intl's client runtime: the root layout passes
 * the client namespaces (lib/i18n/client-messages.ts) and the locale; `useTranslations`,
 * `useLocale` and `useFormatter` behave as next-intl's do for what the client components use
 * (messages with lib/i18n/format-message.ts, numbers, the named date styles in WITA).
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { UseFormatter, UseTranslations } from "./client-types";
import { TIME_ZONE } from "./config";
import { dateFormats, type DateStyle } from "./date-formats";
import { formatMessage, type MessageValues } from "./format-message";

type Messages = { [key: string]: string | Messages };
const Context = createContext<{ locale: string; messages: Messages }>({ locale: "id", messages: {} });

export function ClientMessagesProvider({ locale, messages, children }: { locale: string; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function lookup(messages: Messages, path: string): string | Messages | undefined {
  let at: string | Messages | undefined = messages;
  for (const part of path.split(".")) at = typeof at === "object" ? at[part] : undefined;
  return at;
}

function useClientTranslations(namespace: string) {
  const { locale, messages } = useContext(Context);
  return useMemo(() => {
    const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
    const rich = () => {
      throw new Error("Rich messages are rendered on the server (lib/i18n/client.tsx)");
    };
    return Object.assign(
      (key: string, values?: MessageValues) => {
        const message = lookup(messages, full(key));
        return typeof message === "string" ? formatMessage(message, values, locale) : full(key);
      },
      {
        has: (key: string) => typeof lookup(messages, full(key)) === "string",
        raw: (key: string) => lookup(messages, full(key)),
        rich,
        markup: rich,
      },
    );
  }, [locale, messages, namespace]);
}

/** next-intl's signature, so message keys stay type-checked against messages/id.json. */
export const useTranslations = useClientTranslations as unknown as UseTranslations;

export function useLocale(): "id" | "en" {
  return useContext(Context).locale === "en" ? "en" : "id";
}

function useClientFormatter() {
  const { locale } = useContext(Context);
  return useMemo(
    () => ({
      number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value),
      dateTime: (value: Date, style: DateStyle | Intl.DateTimeFormatOptions = "date") =>
        new Intl.DateTimeFormat(locale, { ...(typeof style === "string" ? dateFormats[style] : style), timeZone: TIME_ZONE }).format(value),
    }),
    [locale],
  );
}

export const useFormatter = useClientFormatter as unknown as UseFormatter;
