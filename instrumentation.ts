/**
 * Runs once when a server instance starts: apply migrations before the first request,
 * so a new deployment (or a fresh clone on the embedded database) is ready to serve.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { getConnection } = await import("./db");
  await getConnection();
}
