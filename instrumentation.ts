/**
 * Runs once when a server instance starts: apply migrations before the first request, so a
 * new deployment (or a fresh clone on the embedded database) is ready to serve, then start the
 * job queue's workers (emails, and the phase clock that closes voting at its end time). Several
 * instances each run workers; pg-boss shares the jobs out.
 */
export async function register() {
  // Read directly, not through env.ts: Next replaces it at build time, which keeps the Node-only
  // imports below out of the edge bundle of this file.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isBuildPhase, runsJobWorkers } = await import("./env");
  if (isBuildPhase()) return;
  const { getConnection } = await import("./db");
  await getConnection();
  if (runsJobWorkers()) {
    const { startJobQueue } = await import("./app/_server/jobs");
    await startJobQueue();
  }
}
