import { expect, test } from "@playwright/test";
import { demo, DEMO_PASSWORD, uniqueSuffix } from "../../e2e/support/auth";
import { client, FIRST, ownerSql, PUBLIC_URL, SECOND, signInAt } from "./support";

/** A fresh documentation address (RFC 5737) per sequence, as the proxy would report it. */
const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

/**
 * Three wrong passwords, then the right one, from one address, each attempt on the server
 * `servers` names in turn. Returns what each attempt got ("credentials" for a wrong password,
 * "throttled" once the address must wait, null for a sign-in).
 */
async function guesses(servers: string[], email: string, from: string): Promise<Array<string | null>> {
  const outcomes: Array<string | null> = [];
  const passwords = ["tebakan-1", "tebakan-2", "tebakan-3", DEMO_PASSWORD];
  for (const [i, password] of passwords.entries()) {
    // Direct to a server, with the header nginx would set (deploy/nginx.conf replaces X-Forwarded-For).
    const stranger = await client({ "X-Forwarded-For": from });
    try {
      const { refused } = await signInAt(stranger, servers[i % servers.length]!, email, password);
      outcomes.push(refused?.replace(/^throttled:\d+$/, "throttled") ?? null);
    } finally {
      await stranger.dispose();
    }
  }
  return outcomes;
}

test("failed logins alternating between the servers hit the limit at the same count as on one server", async () => {
  const onOne = await guesses([FIRST], demo.viewer, address());
  const alternating = await guesses([FIRST, SECOND], demo.viewer, address());
  // Two failures are free; the third makes the pair wait, so even the right password is refused.
  expect(onOne).toEqual(["credentials", "credentials", "credentials", "throttled"]);
  expect(alternating).toEqual(onOne);
});

test("through nginx the limits and the audit log see the address nginx saw, not one the client claims", async () => {
  const email = `tidak.ada.${uniqueSuffix()}@cluster.test`;
  const liar = await client({ "X-Forwarded-For": "192.0.2.77" });
  try {
    expect((await signInAt(liar, PUBLIC_URL, email, "tebakan")).refused).toBe("credentials");
  } finally {
    await liar.dispose();
  }
  const sql = ownerSql();
  try {
    const rows = await sql<{ ip_address: string }[]>`select ip_address from audit_events where email = ${email} and kind = 'login_failed'`;
    expect(rows.map((r) => r.ip_address)).toEqual(["127.0.0.1"]);
  } finally {
    await sql.end();
  }
});
