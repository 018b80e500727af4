import type { ComponentProps } from "react";
import { cx } from "./cx";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return <div className={cx("rounded-lg border border-stone-300 bg-white p-4 shadow-sm", className)} {...props} />;
}
