import MarkdownIt from "markdown-it";

// Raw HTML is off, so anything a person types between angle brackets is shown as text;
// markdown-it's link validation already refuses javascript:, vbscript: and file: URLs.
const renderer = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: true });

const defaultLinkOpen =
  renderer.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

// Links written by the public open safely and carry no referrer or endorsement.
renderer.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token) {
    token.attrSet("rel", "nofollow ugc noopener noreferrer");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown written by residents, rendered to HTML that is safe to insert into a page. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}
