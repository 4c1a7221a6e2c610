/**
 * Makes a runnable nginx configuration from deploy/nginx.conf, the file a deployment installs:
 * the lines marked "(test: ...)" point at this run's servers, port and certificate, and the blocks
 * between "test: drop" markers (port 80 and the catch-all for unknown host names) are left out, as
 * the run has no port 80. The rest (balancing, headers, body size, timeouts) is used as shipped.
 * The outer file gives nginx its own pid, log and temporary paths, so it runs without root.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface NginxSite {
  /** host:port of each app server. */
  upstreams: [string, string];
  listen: string;
  hostName: string;
  certificate: string;
  certificateKey: string;
}

function replaceMarked(text: string, marker: string, line: string): string {
  const pattern = new RegExp(`^([ \\t]*).*# \\(test: ${marker}\\)$`, "m");
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf has no line marked "(test: ${marker})"`);
  return text.replace(pattern, (_match, indent: string) => `${indent}${line}`);
}

/** The shipped site configuration with this run's addresses. */
export function siteConfig(shipped: string, site: NginxSite): string {
  const dropped = shipped.replace(/^# test: drop begin$[\s\S]*?^# test: drop end$\n?/gm, "");
  if (dropped === shipped) throw new Error('deploy/nginx.conf has no "test: drop" block');
  let text = dropped;
  text = replaceMarked(text, "first instance", `server ${site.upstreams[0]} max_fails=3 fail_timeout=10s;`);
  text = replaceMarked(text, "second instance", `server ${site.upstreams[1]} max_fails=3 fail_timeout=10s;`);
  text = replaceMarked(text, "listen address", `listen ${site.listen} ssl;`);
  text = replaceMarked(text, "host name", `server_name ${site.hostName};`);
  text = replaceMarked(text, "certificate", `ssl_certificate ${site.certificate};`);
  text = replaceMarked(text, "certificate key", `ssl_certificate_key ${site.certificateKey};`);
  return text;
}

/**
 * Writes nginx.conf and the site file into `dir` and returns the path of nginx.conf. The access
 * log names the app server of every request, so the run can show that both served.
 */
export function writeNginxConfig(dir: string, shippedPath: string, site: NginxSite): { config: string; accessLog: string } {
  // Started as root, nginx's workers run as nobody: they must be able to reach and write the
  // folders where large request bodies and responses are buffered (mkdtemp makes the run's 0700).
  chmodSync(dir, 0o755);
  for (const sub of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(path.join(dir, sub), 0o777);
  }
  const sitePath = path.join(dir, "kawal.conf");
  writeFileSync(sitePath, siteConfig(readFileSync(shippedPath, "utf8"), site));
  const accessLog = path.join(dir, "access.log");
  const config = path.join(dir, "nginx.conf");
  writeFileSync(
    config,
    [
      "worker_processes 1;",
      "daemon off;",
      `pid ${path.join(dir, "nginx.pid")};`,
      "error_log stderr warn;",
      "events { worker_connections 512; }",
      "http {",
      "  log_format upstream '$request_method $uri $status $upstream_addr';",
      `  access_log ${accessLog} upstream;`,
      `  client_body_temp_path ${path.join(dir, "client_body")};`,
      `  proxy_temp_path ${path.join(dir, "proxy")};`,
      `  fastcgi_temp_path ${path.join(dir, "fastcgi")};`,
      `  uwsgi_temp_path ${path.join(dir, "uwsgi")};`,
      `  scgi_temp_path ${path.join(dir, "scgi")};`,
      `  include ${sitePath};`,
      "}",
      "",
    ].join("\n"),
  );
  return { config, accessLog };
}
