/** How firmly a use case holds the rows it reads until its transaction ends (Postgres `for …`). */
export type RowLock = "update" | "no key update" | "share";
