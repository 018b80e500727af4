/**
 * Where to go after signing in: only a path on this site, never another host
 * ("//evil.example" and "/\\evil.example" are other hosts to a browser).
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(candidate)) return fallback;
  return candidate;
}
