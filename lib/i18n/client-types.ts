/** next-intl's hook signatures, so client components' message keys stay type-checked (lib/i18n/client.tsx). */
import type { useFormatter, useTranslations } from "next-intl";

export type UseTranslations = typeof useTranslations;
export type UseFormatter = typeof useFormatter;
