/**
 * Runs once when a server instance starts: apply migrations before the first request, so a
 * new deployment (or a fresh clone on the embedded database) is ready to serve, then start the
 * job queue's workers (emails). Several instances each run workers; pg-boss shares the jobs out.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getConnection } = await import("./db");
  await getConnection();
  if (process.env.JOB_WORKERS !== "off") {
    const { startJobQueue } = await import("./app/_server/jobs");
    await startJobQueue();
  }
}
