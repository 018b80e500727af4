import postgres from "postgres";
import { adminUrl } from "../../db/testing/urls";
import { clearState, readState } from "./state";

/** Drops the e2e database (closing the server's connections to it) so runs leave nothing behind. */
export default async function globalTeardown() {
  let state;
  try {
    state = readState();
  } catch {
    return;
  }
  const admin = postgres(adminUrl(state.serverUrl), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${state.database} with (force)`);
  } finally {
    await admin.end();
    clearState();
  }
}
