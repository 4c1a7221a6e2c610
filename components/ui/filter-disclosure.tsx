"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useEffect, useRef, type ReactNode } from "react";

const WIDE = "(min-width: 40rem)";

/**
 * Filters folded behind a button on a phone, so that the list starts on the first screen; open
 * when a filter is on, and always open from 40rem up. A plain <details> works without
 * JavaScript; the ::details-content rule keeps wide screens from painting it folded first.
 */
export function FilterDisclosure({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const t = useTranslations("layout");
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const unfold = () => {
      if (wide.matches && details.current) details.current.open = true;
    };
    unfold();
    wide.addEventListener("change", unfold);
    return () => wide.removeEventListener("change", unfold);
  }, []);
  return (
    <details ref={details} open={activeCount > 0} className="group mb-4 sm:[&::details-content]:[content-visibility:visible]">
      <summary className="inline-flex min-h-10 cursor-pointer list-none items-center gap-2 rounded-md border border-line bg-white px-4 py-2 text-sm font-medium sm:hidden [&::-webkit-details-marker]:hidden">
        <svg aria-hidden viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 5h18l-7 8v6l-4-2v-4z" />
        </svg>
        {activeCount > 0 ? t("filtersActive", { count: activeCount }) : t("filters")}
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="size-4 transition-transform group-open:rotate-180"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 9l6 6 6-6" />
        </svg>
      </summary>
      <div className="mt-2 sm:mt-0">{children}</div>
    </details>
  );
}
