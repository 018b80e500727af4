"use client";

import { useFormStatus } from "react-dom";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ReactNode } from "react";

/** A submit button that says it is working and cannot be pressed twice. */
export function SubmitButton({ children, pendingText, variant }: { children: ReactNode; pendingText?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingText ?? "Saving…") : children}
    </Button>
  );
}
