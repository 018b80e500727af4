"use client";

import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";

type Render = (source: string) => string;

/**
 * A Markdown text box with a preview drawn by the same renderer, with the same rules, as the
 * server uses for the published page (raw HTML off, unsafe links refused). The server renders
 * again from the text whenever it shows it; this preview is only ever a view for the writer.
 * The renderer is fetched the first time someone asks for a preview, not with the page.
 */
export function MarkdownField({
  id,
  label,
  hint,
  value,
  error,
  maxLength,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  maxLength: number;
  onChange: (value: string) => void;
}) {
  const [previewing, setPreviewing] = useState(false);
  const [render, setRender] = useState<{ markdown: Render } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const previewId = useId();
  const html = useMemo(() => (previewing && render ? render.markdown(value) : ""), [previewing, render, value]);

  const toggle = () => {
    if (!previewing && !render) {
      setLoadFailed(false);
      import("@/lib/shared/markdown")
        .then((module) => setRender({ markdown: module.renderMarkdown }))
        .catch(() => setLoadFailed(true));
    }
    setPreviewing((shown) => !shown);
  };

  return (
    <div>
      <TextArea id={id} name={id} label={label} hint={hint} rows={10} value={value} maxLength={maxLength} error={error} onChange={(event) => onChange(event.target.value)} />
      <div className="-mt-3 mb-5">
        <Button variant="secondary" aria-expanded={previewing} aria-controls={previewId} onClick={toggle}>
          {previewing ? "Hide preview" : "Preview"}
        </Button>
        <section id={previewId} aria-label={`Preview of ${label.toLowerCase()}`} hidden={!previewing} className="mt-3 rounded-md border-2 border-dashed border-stone-400 bg-white p-3">
          {value.trim() === "" ? (
            <p className="text-muted">Nothing to preview yet.</p>
          ) : !render ? (
            <p className="text-muted">{loadFailed ? "The preview could not be loaded. Check your connection and try again." : "Loading the preview…"}</p>
          ) : (
            // renderMarkdown escapes raw HTML and refuses unsafe links, so its output is safe to insert.
            <div className="prose-body" dangerouslySetInnerHTML={{ __html: html }} />
          )}
        </section>
      </div>
    </div>
  );
}
