import { performance } from "node:perf_hooks";
import { argon2id, hash } from "argon2";
import { describe, expect, it } from "vitest";
import { ARGON2_OPTIONS, checkPassword, hashPassword, passwordHashIsCurrent } from "./password";

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    took.push(performance.now() - start);
  }
  return took.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe("password hashes", () => {
  it("are Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane) or stronger", async () => {
    expect(ARGON2_OPTIONS).toMatchObject({ type: argon2id });
    expect(ARGON2_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(ARGON2_OPTIONS.timeCost).toBeGreaterThanOrEqual(2);
    const stored = await hashPassword("rapat koordinasi");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await checkPassword(stored, "rapat koordinasi")).toBe(true);
    expect(await checkPassword(stored, "rapat koordinasi ")).toBe(false);
  });

  it("tell which stored hashes need upgrading at the next sign-in", async () => {
    expect(passwordHashIsCurrent(await hashPassword("rapat koordinasi"))).toBe(true);
    expect(passwordHashIsCurrent(await hash("rapat koordinasi", { type: argon2id, memoryCost: 8192, timeCost: 1, parallelism: 1 }))).toBe(false);
  });

  it("refuse an unreadable hash instead of failing", async () => {
    expect(await checkPassword("not a hash", "anything")).toBe(false);
  });

  it("take as long for an unknown e-mail (no hash) as for a known one", async () => {
    const stored = await hashPassword("rapat koordinasi");
    await checkPassword(null, "warm up");
    // Interleaved, so that a busy machine slows both alike; without the dummy hash the unknown
    // e-mail answered about 40 times faster, far outside these bounds.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 9; i++) {
      known.push(await median(1, () => checkPassword(stored, "a wrong guess")));
      unknown.push(await median(1, () => checkPassword(null, "a wrong guess")));
    }
    const middle = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(await checkPassword(null, "a wrong guess")).toBe(false);
    expect(middle(unknown) / middle(known)).toBeGreaterThan(0.25);
    expect(middle(unknown) / middle(known)).toBeLessThan(4);
  });
});
