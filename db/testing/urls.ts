/** The same server with another database name. */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Where to run CREATE/DROP DATABASE: the maintenance database of the same server. */
export function adminUrl(serverUrl: string): string {
  return databaseUrlFor(serverUrl, "postgres");
}
