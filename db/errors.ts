/** Postgres SQLSTATE codes this app reacts to. */
export const PgErrorCode = {
  uniqueViolation: "23505",
  checkViolation: "23514",
  foreignKeyViolation: "23503",
  notNullViolation: "23502",
} as const;

/**
 * The SQLSTATE of a database error from either engine. Drizzle wraps driver errors,
 * so the code may sit on the error itself or on its cause.
 */
export function pgErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current === "object" && "code" in current && typeof current.code === "string") {
      if (/^[0-9A-Z]{5}$/.test(current.code)) return current.code;
    }
    current = typeof current === "object" && "cause" in current ? current.cause : undefined;
  }
  return undefined;
}

/** The constraint a database error names, where the driver reports it. */
export function pgConstraintName(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current === "object") {
      if ("constraint_name" in current && typeof current.constraint_name === "string")
        return current.constraint_name;
      if ("constraint" in current && typeof current.constraint === "string") return current.constraint;
    }
    current = typeof current === "object" && "cause" in current ? current.cause : undefined;
  }
  return undefined;
}
