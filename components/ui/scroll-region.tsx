"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The one box for content wider than the screen (tables, the action board): it scrolls inside
 * itself instead of widening the page, says so while its content overflows, and is a named,
 * focusable region so that keyboard users can scroll it too (axe: scrollable-region-focusable).
 * It is focusable even when nothing overflows: the overflow is only known after hydration, and
 * an audit or a keyboard user may come first.
 */
export function ScrollRegion({
  label,
  bleed = false,
  framed = false,
  className = "",
  boxClassName = "",
  children,
}: {
  label: string;
  /** Inside a card: the box reaches the card's edges (the card pads by 1rem). */
  bleed?: boolean;
  /** A white box with a border, for a table that stands on the page. */
  framed?: boolean;
  className?: string;
  boxClassName?: string;
  children: ReactNode;
}) {
  const t = useTranslations("layout");
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div className={`${bleed ? "-mx-4" : ""} ${className}`}>
      <p id={hintId} hidden={!overflows} className={`mb-1 flex items-center gap-1 text-xs text-muted ${bleed ? "px-4" : ""}`}>
        <svg
          aria-hidden
          viewBox="0 0 24 24"
          className="size-4 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M8 7l-5 5 5 5" />
          <path d="M16 7l5 5-5 5" />
          <path d="M3 12h18" />
        </svg>
        {t("scrollHint")}
      </p>
      <div
        ref={box}
        role="region"
        aria-label={label}
        aria-describedby={overflows ? hintId : undefined}
        tabIndex={0}
        className={`overflow-x-auto ${framed ? "rounded-lg border border-line bg-white" : ""} ${boxClassName}`}
      >
        {children}
      </div>
    </div>
  );
}
