"use client";

import type { Ref } from "react";
import { fieldAnchor, type EditorPhoto, type FieldErrors } from "./editor-values";

// The order fields appear in the form, so the summary reads top to bottom like the page.
const fieldOrder = ["title", "areaId", "themeId", "summary", "body", "point", "point.latitude", "point.longitude", "cost", "organisationId", "needs"];
const rank = (field: string) => {
  const index = fieldOrder.findIndex((name) => field === name || field.startsWith(`${name}.`));
  return index === -1 ? fieldOrder.length : index;
};

/**
 * What stopped the form, with a link to each field that needs attention. It takes focus when it
 * appears, so a screen reader hears the problems before anything else.
 */
export function ErrorSummary({ ref, message, errors, photos }: { ref: Ref<HTMLDivElement>; message: string | null; errors: FieldErrors; photos: readonly EditorPhoto[] }) {
  const entries = Object.entries(errors)
    .flatMap(([field, messages]) => (messages[0] ? [{ field, message: messages[0] }] : []))
    .sort((a, b) => rank(a.field) - rank(b.field));
  return (
    <div ref={ref} tabIndex={-1} role={message ? "alert" : undefined} className={message ? "mb-6 rounded-md border-l-8 border-red-700 bg-red-50 p-4 text-red-800" : "sr-only"}>
      {message ? (
        <>
          <h2 className="font-semibold">{message}</h2>
          {entries.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {entries.map(({ field, message: text }) => (
                <li key={field}>
                  <a
                    href={`#${fieldAnchor(field, photos)}`}
                    className="underline"
                    onClick={(event) => {
                      const target = document.getElementById(fieldAnchor(field, photos));
                      if (!target) return;
                      event.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: "center" });
                    }}
                  >
                    {text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
