import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/users/queries";
import { FieldError } from "./errors";
import { notFound, refusalResponse, routeHandler, routeUser } from "./http";

// The signed-in user of the request, set per test.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => signedIn }));

const user = (role: SessionUser["role"]) => ({ id: 7, role, agencyId: null, active: true }) as unknown as SessionUser;

describe("route handlers' answers to refusals", () => {
  beforeEach(() => {
    signedIn = null;
  });

  const download = routeHandler(async (id: string) => {
    await routeUser("audit.read");
    if (id !== "1") notFound();
    if (id === "bad") throw new FieldError("period", "invalid");
    return new Response("isi");
  });

  it("say 401 to nobody, 403 to a role without the operation, 404 to what is not there", async () => {
    expect((await download("1")).status).toBe(401);
    signedIn = user("viewer");
    expect((await download("1")).status).toBe(403);
    signedIn = user("admin");
    expect((await download("2")).status).toBe(404);
    expect(await (await download("1")).text()).toBe("isi");
  });

  it("say 403 with the reason to an account that must enrol a second factor first, whatever its role", async () => {
    signedIn = { ...user("admin"), mustEnrolTwoFactor: true } as SessionUser;
    const answer = await download("1");
    expect(answer.status).toBe(403);
    expect(await answer.text()).toContain("Two-factor login must be set up first");
  });

  it("map a refused input to 400 and leave faults to be faults", async () => {
    expect(refusalResponse(new FieldError("period", "invalid"))?.status).toBe(400);
    expect(refusalResponse(new Error("database down"))).toBeNull();
    const broken = routeHandler(async () => {
      throw new Error("database down");
    });
    await expect(broken()).rejects.toThrow("database down");
  });
});
