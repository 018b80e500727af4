import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { connect } from "../../db/connect";
import { seedDemo } from "../../db/seed/demo";
import { adminUrl, databaseUrlFor } from "../../db/testing/urls";
import { writeState } from "./state";

/**
 * Playwright's web server: a database of its own on the Postgres server named by
 * TEST_DATABASE_URL (this machine's by default), migrated and seeded with the demo region,
 * then the production build served against it. Tests seed more data into the same database.
 */
async function main() {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const database = `pp_e2e_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl(serverUrl), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database ${database}`);
  } catch (error) {
    console.error(
      `e2e needs a Postgres server: could not create a database at ${adminUrl(serverUrl)} (set TEST_DATABASE_URL).`,
    );
    throw error;
  } finally {
    await admin.end();
  }
  const databaseUrl = databaseUrlFor(serverUrl, database);
  const connection = await connect({ databaseUrl, maxConnections: 2 });
  await connection.migrate();
  await seedDemo(connection.db);
  await connection.close();

  mkdirSync(path.join(process.cwd(), "test-results"), { recursive: true });
  writeState({ databaseUrl, serverUrl, database });

  const port = process.env.E2E_PORT ?? "3200";
  const child = spawn("npx", ["next", "start", "-p", port], {
    stdio: "inherit",
    // APP_ENV=demo: mail goes to the outbox, where tests read sign-in links as a person would.
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      APP_ENV: "demo",
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_URL: `http://localhost:${port}`,
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
