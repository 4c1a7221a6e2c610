/** Runs once when the server starts: a misconfigured production server stops instead of serving. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/startup")).checkServerStart();
}
