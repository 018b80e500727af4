import type { ReactNode } from "react";
import type { BadgeTone } from "@/lib/shared/badge-tone";
import { cx } from "./cx";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-stone-100 text-stone-800 border-stone-400",
  info: "bg-sky-50 text-sky-900 border-sky-700",
  success: "bg-brand-50 text-brand-800 border-brand-600",
  warning: "bg-amber-50 text-amber-900 border-amber-700",
  danger: "bg-red-50 text-red-800 border-red-700",
};

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={cx("inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold", tones[tone], className)}>
      {children}
    </span>
  );
}
