/** Runs once when the server starts: a misconfigured production server stops instead of serving. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkServerStart } = await import("./lib/startup");
  const { EnvError } = await import("./lib/env");
  try {
    await checkServerStart();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
