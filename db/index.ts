import "server-only";
import { databaseUrl } from "../env";
import { connect, type Connection, type Database } from "./connect";

export type { Database } from "./connect";

// One connection per server process, kept on globalThis so dev-mode module reloads reuse it
// (PGlite's data directory may be opened by one client at a time).
const globalForDb = globalThis as unknown as { peoplesPlanDb?: Promise<Connection> };

function openConnection(): Promise<Connection> {
  globalForDb.peoplesPlanDb ??= (async () => {
    const connection = await connect({ databaseUrl: databaseUrl() });
    await connection.migrate();
    if (connection.engine === "pglite") closeOnExit(connection);
    return connection;
  })().catch((error: unknown) => {
    globalForDb.peoplesPlanDb = undefined;
    throw error;
  });
  return globalForDb.peoplesPlanDb;
}

function closeOnExit(connection: Connection) {
  // Close PGlite cleanly so its files are consistent for the next start.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void connection.close().finally(() => process.exit(0));
    });
  }
}

export async function getDb(): Promise<Database> {
  return (await openConnection()).db;
}

export async function getConnection(): Promise<Connection> {
  return openConnection();
}
