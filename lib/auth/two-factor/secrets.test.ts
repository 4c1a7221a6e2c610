import { beforeAll, describe, expect, it } from "vitest";
import { decryptTotpSecret, encryptTotpSecret, PENDING_LOGIN_SECONDS, pendingLoginMatches, readPendingLogin, signPendingLogin } from "./secrets";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-to-use-here";
});

describe("TOTP secrets at rest", () => {
  it("are encrypted, differently each time, and open only for their user", () => {
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const a = encryptTotpSecret(secret, 7);
    const b = encryptTotpSecret(secret, 7);
    expect(a).not.toContain(secret);
    expect(a).not.toBe(b);
    expect(decryptTotpSecret(a, 7)).toBe(secret);
    expect(decryptTotpSecret(a, 8)).toBeNull();
  });

  it("do not open once altered", () => {
    const stored = encryptTotpSecret("JBSWY3DPEHPK3PXP", 1);
    const body = Buffer.from(stored.slice(3), "base64url");
    body[body.length - 1]! ^= 1;
    expect(decryptTotpSecret(`v1.${body.toString("base64url")}`, 1)).toBeNull();
    expect(decryptTotpSecret("v1.", 1)).toBeNull();
    expect(decryptTotpSecret("plain", 1)).toBeNull();
  });
});

describe("the pending-login token", () => {
  const now = 1_750_000_000_000;
  const login = { userId: 42, passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$abc$def" };

  it("names its user for five minutes, then nothing", () => {
    const token = signPendingLogin(login, now);
    expect(readPendingLogin(token, now)?.userId).toBe(42);
    expect(readPendingLogin(token, now + PENDING_LOGIN_SECONDS * 1000 - 1)?.userId).toBe(42);
    expect(readPendingLogin(token, now + PENDING_LOGIN_SECONDS * 1000)).toBeNull();
  });

  it("is bound to the password that was checked", () => {
    const read = readPendingLogin(signPendingLogin(login, now), now)!;
    expect(pendingLoginMatches(read, login.passwordHash)).toBe(true);
    expect(pendingLoginMatches(read, "$argon2id$another")).toBe(false);
  });

  it("cannot be forged or altered", () => {
    const token = signPendingLogin(login, now);
    const [payload, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), u: 1 })).toString("base64url");
    expect(readPendingLogin(`${forged}.${signature}`, now)).toBeNull();
    expect(readPendingLogin(`${payload}.${signature.slice(0, -2)}AA`, now)).toBeNull();
    expect(readPendingLogin(payload, now)).toBeNull();
    expect(readPendingLogin("", now)).toBeNull();
    expect(readPendingLogin("x".repeat(5000), now)).toBeNull();
  });
});
