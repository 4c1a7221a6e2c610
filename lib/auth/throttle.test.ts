import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./throttle";

describe("the login throttle", () => {
  it("refuses an email after too many failures, until the window has passed", () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) { expect(throttle.retryAfter("a@x")).toBe(0); throttle.fail("a@x"); now += 1_000; }
    expect(throttle.retryAfter("a@x")).toBe(57_000);
    expect(throttle.retryAfter("b@x")).toBe(0);
    now = 60_001;
    expect(throttle.retryAfter("a@x")).toBe(0);
  });

  it("forgets failures after a successful login", () => {
    const throttle = new LoginThrottle(2, 60_000, () => 0);
    throttle.fail("a@x");
    throttle.succeed("a@x");
    throttle.fail("a@x");
    expect(throttle.retryAfter("a@x")).toBe(0);
  });
});
