import { describe, expect, it } from "vitest";
import {
  acceptedStep,
  codeForStep,
  groupedSecret,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
  parseSecondFactor,
  RECOVERY_CODE_COUNT,
  timeStep,
} from "./rules";

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" and its 8-digit codes; the last 6 digits are the 6-digit code.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const RFC_VECTORS: Array<[number, string]> = [
  [59, "287082"],
  [1111111109, "081804"],
  [1111111111, "050471"],
  [1234567890, "005924"],
  [2000000000, "279037"],
];

describe("TOTP codes", () => {
  it.each(RFC_VECTORS)("match RFC 6238's test vector at %i s", (seconds, code) => {
    expect(codeForStep(RFC_SECRET, timeStep(seconds * 1000))).toBe(code);
    expect(acceptedStep(RFC_SECRET, code, seconds * 1000, null)).toBe(timeStep(seconds * 1000));
  });

  it("use 30-second steps", () => {
    expect(timeStep(0)).toBe(0);
    expect(timeStep(29_999)).toBe(0);
    expect(timeStep(30_000)).toBe(1);
  });

  const secret = newTotpSecret();
  const now = 1_750_000_000_000;
  const step = timeStep(now);

  it.each([
    ["the current step", 0, true],
    ["one step behind (a slow phone clock)", -1, true],
    ["one step ahead (a fast phone clock)", 1, true],
    ["two steps behind", -2, false],
    ["two steps ahead", 2, false],
  ] as const)("accept a code of %s: %s", (_name, offset, accepted) => {
    expect(acceptedStep(secret, codeForStep(secret, step + offset), now, null)).toBe(accepted ? step + offset : null);
  });

  it("refuse a code whose step was already used, and every older one", () => {
    const code = codeForStep(secret, step);
    expect(acceptedStep(secret, code, now, step)).toBeNull();
    expect(acceptedStep(secret, codeForStep(secret, step - 1), now, step)).toBeNull();
    expect(acceptedStep(secret, codeForStep(secret, step + 1), now, step)).toBe(step + 1);
    // The same code 25 seconds later, still inside the drift window: refused once used.
    expect(acceptedStep(secret, code, now + 25_000, step)).toBeNull();
  });

  it.each(["", "12345", "1234567", "abcdef", " 123456", "12 345"])("refuse %j, which is not six digits", (code) => {
    expect(acceptedStep(secret, code, now, null)).toBeNull();
  });

  it("refuse a code of another secret", () => {
    const other = newTotpSecret();
    expect(other).not.toBe(secret);
    const code = codeForStep(other, step);
    const collides = [-1, 0, 1].some((o) => codeForStep(secret, step + o) === code);
    expect(acceptedStep(secret, code, now, null)).toBe(collides ? expect.any(Number) : null);
  });

  it("make 160-bit base32 secrets and an otpauth address apps read", () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, "rina@sinjai.test"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Kawal");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(groupedSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("recovery codes", () => {
  it("come ten at a time, all different, in a form that cannot be misread", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it("are recognised however they are typed, and hashed from one form", () => {
    const [code] = newRecoveryCodes();
    const normalized = normalizeRecoveryCode(code!);
    expect(normalized).toMatch(/^[A-Z2-9]{10}$/);
    expect(normalizeRecoveryCode(code!.toLowerCase().replace("-", " "))).toBe(normalized);
    expect(hashRecoveryCode(normalized!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(normalized!)).not.toBe(hashRecoveryCode("2222222222"));
  });

  it.each(["", "ABCDE-FGHI", "ABCDE-FGHIJK", "ABCDE-FGH0J", "ABCDE-FGH1J"])("refuse %j", (typed) => {
    expect(normalizeRecoveryCode(typed)).toBeNull();
  });
});

describe("what is typed at the code step", () => {
  it.each([
    ["123456", { kind: "totp", code: "123456" }],
    ["123 456", { kind: "totp", code: "123456" }],
    ["abcde-fghjk", { kind: "recovery", code: "ABCDEFGHJK" }],
    ["12345", null],
    ["1234567", null],
    ["hello", null],
  ] as const)("reads %j", (typed, expected) => {
    expect(parseSecondFactor(typed)).toEqual(expected);
  });
});
