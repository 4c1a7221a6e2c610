// next-auth re-exports these classes from @auth/core; its own entry point needs a Next.js server.
import { CallbackRouteError, CredentialsSignin } from "@auth/core/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logAuthError } from "./log";

// lib/auth/index.ts's refusals, as the production build names them: same classes, short names.
const minified = {
  t: class extends CredentialsSignin {
    code = "inactive";
  },
  n: class extends CredentialsSignin {
    code = "throttled";
  },
};

describe("logAuthError", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["a wrong password", new CredentialsSignin(), "credentials"],
    ["an inactive account", new minified.t(), "inactive"],
    ["too many attempts", new minified.n(), "throttled"],
  ])("logs %s as one line without a stack trace", (_name, error, code) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const fail = vi.spyOn(console, "error").mockImplementation(() => undefined);
    logAuthError(error);
    expect(fail).not.toHaveBeenCalled();
    expect(warn.mock.calls).toEqual([[`[auth] sign-in refused: ${code}`]]);
  });

  it("logs any other error in full", () => {
    const fail = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = new CallbackRouteError("database unreachable", { cause: new Error("ECONNREFUSED") });
    logAuthError(broken);
    expect(fail).toHaveBeenCalledWith(broken);
  });
});
