import { databaseUrl } from "../../env";
import { connect } from "../connect";

/** `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to the embedded database. */
async function main() {
  const connection = await connect({ databaseUrl: databaseUrl(), maxConnections: 1 });
  try {
    await connection.migrate();
    console.log(`Migrations applied (${connection.engine}).`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
