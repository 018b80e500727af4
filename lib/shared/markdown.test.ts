import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis and lists", () => {
    const html = renderMarkdown("We need **volunteers**:\n\n- Saturdays\n- Evenings");
    expect(html).toContain("<strong>volunteers</strong>");
    expect(html).toContain("<li>Saturdays</li>");
  });

  it("shows raw HTML as text rather than running it", () => {
    const html = renderMarkdown('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses javascript: links and marks others as user content", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).not.toContain('href="javascript:');
    expect(renderMarkdown("[site](https://example.org)")).toContain('rel="nofollow ugc noopener noreferrer"');
  });
});
