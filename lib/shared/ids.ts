const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in URLs are opaque uuids; anything else is simply not found (never a database error). */
export function isId(value: string): boolean {
  return uuidPattern.test(value);
}
