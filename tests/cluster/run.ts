/**
 * `npm run test:cluster`: two production servers on one PostgreSQL database behind nginx, and the
 * journeys of tests/cluster/*.spec.ts against them (README, "Running Kawal for a province").
 *
 * 1. `next build` unless .next already holds a production build (both servers run that one build).
 * 2. A database `kawal_cluster_<pid>` and an app role `kawal_cluster_<pid>_app` on the server of
 *    CLUSTER_DATABASE_URL (else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres);
 *    migrated and seeded as the owner, served as the app's role, as README's "Database roles" says.
 * 3. An SMTP sink on a free port: every e-mail the servers or the reminder runs send is appended
 *    to a file the journeys read.
 * 4. Two `next start` on KAWAL_CLUSTER_PORT and the next port, and nginx (the distribution's
 *    binary) with deploy/nginx.conf on the port after, over TLS with a throwaway certificate.
 * 5. Playwright with tests/cluster/playwright.config.ts; then everything is stopped and the
 *    database and role are dropped, whatever happened.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { SMTPServer } from "smtp-server";
import { writeNginxConfig } from "./nginx";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE_PORT = Number(process.env.KAWAL_CLUSTER_PORT ?? 3530);
const PORTS = { first: BASE_PORT, second: BASE_PORT + 1, nginx: BASE_PORT + 2 };
const SERVER_URL = process.env.CLUSTER_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASE = `kawal_cluster_${process.pid}`;
const APP_ROLE = `${DATABASE}_app`;
const PUBLIC_URL = `https://localhost:${PORTS.nginx}`;
/** The distribution's nginx; /usr/sbin is not on every user's PATH. */
const NGINX = process.env.KAWAL_NGINX ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");

const log = (line: string) => console.log(`[cluster] ${line}`);
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];

function databaseUrl(user: string | null, password?: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE}`;
  if (user) {
    url.username = user;
    url.password = password ?? "";
  }
  return url.toString();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ["ignore", quiet ? "ignore" : "inherit", quiet ? "pipe" : "inherit"] });
  if (quiet && result.status !== 0) process.stderr.write(result.stderr ?? "");
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit code ${result.status})`);
}

/** A child in a process group of its own, so that stopping it stops what it started. */
function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  children.push(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      stoppedEarly = name;
      log(`${name} stopped early (${signal ?? `exit code ${code}`}):`);
      process.stderr.write(output.join("").slice(-4000));
    }
  });
  return child;
}

let stopping = false;
/** The first child that ended before the run stopped it: nothing waits for it any longer. */
let stoppedEarly: string | undefined;
async function stopChildren(): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
          const timer = setTimeout(() => {
            try {
              process.kill(-child.pid!, "SIGKILL");
            } catch {
              // Already gone.
            }
            resolve();
          }, 5000);
          child.once("exit", () => {
            clearTimeout(timer);
            resolve();
          });
          try {
            process.kill(-child.pid!, "SIGTERM");
          } catch {
            clearTimeout(timer);
            resolve();
          }
        }),
    ),
  );
}

/** Waits until `url` answers below 500 (a self-signed certificate is fine here). */
async function waitFor(url: string, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (stoppedEarly) throw new Error(`${stoppedEarly} stopped before ${url} answered`);
    const status = await new Promise<number>((resolve) => {
      if (url.startsWith("https:")) {
        const r = httpsRequest(url, { rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        r.on("error", () => resolve(0));
        r.end();
      } else {
        fetch(url, { redirect: "manual" }).then(
          (res) => resolve(res.status),
          () => resolve(0),
        );
      }
    });
    if (status > 0 && status < 500) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

function ensureBuild(): void {
  // A production build has BUILD_ID at the top of .next (the development server keeps its own under .next/dev).
  if (existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    log("using the production build in .next");
    return;
  }
  log("no production build in .next: running next build");
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], process.env);
}

async function createDatabase(): Promise<void> {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  cleanups.push(async () => {
    const drop = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
    try {
      await drop.unsafe(`drop database if exists ${DATABASE} with (force)`);
      await drop.unsafe(`drop role if exists ${APP_ROLE}`);
      log(`dropped database ${DATABASE} and role ${APP_ROLE}`);
    } finally {
      await drop.end();
    }
  });
}

/** Collects every e-mail as one JSON line: recipients and the raw message. */
async function startMailSink(file: string): Promise<string> {
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        appendFileSync(file, `${JSON.stringify({ to: session.envelope.rcptTo.map((r) => r.address), message: Buffer.concat(chunks).toString("utf8") })}\n`);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => sink.close(() => resolve())));
  return `smtp://127.0.0.1:${(sink.server.address() as { port: number }).port}`;
}

function makeCertificate(dir: string): { certificate: string; certificateKey: string } {
  const certificate = path.join(dir, "localhost.pem");
  const certificateKey = path.join(dir, "localhost.key");
  run(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"].concat([
      "-keyout",
      certificateKey,
      "-out",
      certificate,
    ]),
    process.env,
    true,
  );
  return { certificate, certificateKey };
}

async function main(): Promise<number> {
  if (spawnSync(NGINX, ["-v"], { stdio: "ignore" }).error) throw new Error("nginx is not installed (Debian/Ubuntu: sudo apt-get install nginx)");
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), "kawal-cluster-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

  await createDatabase();
  const appPassword = randomBytes(12).toString("hex");
  const owner = databaseUrl(null);
  const app = databaseUrl(APP_ROLE, appPassword);
  const secret = randomBytes(32).toString("base64");
  const common: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: secret,
    DATABASE_URL: app,
    KAWAL_INSTANCES: "2",
    // The journeys sign in with the demo logins, which a production server refuses otherwise.
    KAWAL_DEMO: "1",
  };
  const mailLog = path.join(dir, "mail.jsonl");
  const smtp = await startMailSink(mailLog);
  // Both servers and the reminder runs share one configuration; at run time they share only the database.
  const serverEnv: NodeJS.ProcessEnv = { ...common, AUTH_URL: PUBLIC_URL, SMTP_URL: smtp, SMTP_FROM: "Kawal <kawal@cluster.test>" };
  // `npm start` on each, at the same moment, as after a deploy: each migrates the empty database
  // and grants the app's role first (one at a time, lib/cli.ts), then serves.
  log(`starting two servers with npm start on the empty ${DATABASE}, served as ${APP_ROLE}`);
  for (const port of [PORTS.first, PORTS.second]) {
    start(`server on ${port}`, "npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], { ...serverEnv, MIGRATION_DATABASE_URL: owner });
  }
  const tls = makeCertificate(dir);
  const nginx = writeNginxConfig(dir, path.join(ROOT, "deploy", "nginx.conf"), {
    upstreams: [`127.0.0.1:${PORTS.first}`, `127.0.0.1:${PORTS.second}`],
    listen: `127.0.0.1:${PORTS.nginx}`,
    hostName: "localhost",
    ...tls,
  });
  run(NGINX, ["-t", "-q", "-e", "stderr", "-p", dir, "-c", nginx.config], process.env);
  start("nginx", NGINX, ["-e", "stderr", "-p", dir, "-c", nginx.config], process.env);
  await Promise.all([waitFor(`http://localhost:${PORTS.first}/login`), waitFor(`http://localhost:${PORTS.second}/login`)]);
  log("loading the Sinjai demo");
  run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli.ts", "seed"], { ...common, MIGRATION_DATABASE_URL: owner });
  await waitFor(`${PUBLIC_URL}/login`, 20);
  log(`servers on ${PORTS.first} and ${PORTS.second}, nginx on ${PUBLIC_URL}`);

  // Not spawnSync: the e-mail sink answers from this process's event loop while the journeys run.
  const playwright = spawn(
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "-c", "tests/cluster/playwright.config.ts", ...process.argv.slice(2)],
    {
      cwd: ROOT,
      stdio: "inherit",
      detached: true,
      env: {
        ...serverEnv,
        NODE_ENV: "test",
        KAWAL_CLUSTER_PUBLIC_URL: PUBLIC_URL,
        KAWAL_CLUSTER_INSTANCES: `http://localhost:${PORTS.first},http://localhost:${PORTS.second}`,
        KAWAL_CLUSTER_MAIL_LOG: mailLog,
        KAWAL_CLUSTER_ACCESS_LOG: nginx.accessLog,
        KAWAL_CLUSTER_OWNER_URL: owner,
      },
    },
  );
  children.push(playwright);
  const status = await new Promise<number>((resolve) => playwright.on("exit", (code) => resolve(code ?? 1)));
  const lines = readFileSync(nginx.accessLog, "utf8").split("\n").filter(Boolean);
  for (const line of lines.filter((l) => l.endsWith(" -"))) log(`answered by nginx itself: ${line}`);
  const served = lines.reduce<Record<string, number>>((counts, line) => {
    const upstream = line.split(" ").pop() ?? "-";
    counts[upstream] = (counts[upstream] ?? 0) + 1;
    return counts;
  }, {});
  log(`requests through nginx per app server: ${JSON.stringify(served)}`);
  return status;
}

let tornDown: Promise<void> | undefined;
/** Stops everything and drops what the run made; once, however many ways the run ends at once. */
function teardown(): Promise<void> {
  tornDown ??= (async () => {
    await stopChildren();
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error("[cluster] cleanup failed:", error);
      }
    }
  })();
  return tornDown;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void teardown().finally(() => process.exit(1));
  });
}

main()
  .then(async (code) => {
    await teardown();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error("[cluster]", error instanceof Error ? error.message : error);
    await teardown();
    process.exit(1);
  });
