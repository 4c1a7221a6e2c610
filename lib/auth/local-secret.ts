import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Auth.js needs AUTH_SECRET to sign sessions. A fresh clone has none, so the first run writes a
 * random one to .env.local (git-ignored; Next.js loads it). Deployments set AUTH_SECRET themselves.
 */
export function ensureLocalAuthSecret(cwd = process.cwd()): "env" | "file" | "created" {
  if (process.env.AUTH_SECRET) return "env";
  const file = path.join(cwd, ".env.local");
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (/^AUTH_SECRET=.+$/m.test(current)) return "file";
  const line = `AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`;
  writeFileSync(file, current && !current.endsWith("\n") ? `${current}\n${line}` : current + line);
  return "created";
}
