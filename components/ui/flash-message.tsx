import type { ReactNode } from "react";
import { cx } from "./cx";

export type FlashTone = "success" | "error" | "info";

const tones: Record<FlashTone, string> = {
  success: "border-brand-600 bg-brand-50 text-brand-800",
  error: "border-red-700 bg-red-50 text-red-800",
  info: "border-sky-700 bg-sky-50 text-sky-900",
};

/** A message after an action. Errors interrupt (role=alert); the rest are announced politely. */
export function FlashMessage({ tone = "info", title, children }: { tone?: FlashTone; title: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cx("mb-6 rounded-md border-l-8 p-4", tones[tone])}>
      <p className="font-semibold">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
