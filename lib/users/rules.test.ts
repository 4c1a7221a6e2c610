import { describe, expect, it } from "vitest";
import { createUserSchema } from "./rules";

const valid = { name: "Rina", email: "Rina@Example.test ", position: "", role: "viewer", agencyId: "", password: "panjang-sekali" };

describe("the user form", () => {
  it("normalises the email and turns an empty agency into none", () => {
    const parsed = createUserSchema.parse(valid);
    expect(parsed.email).toBe("rina@example.test");
    expect(parsed.agencyId).toBeNull();
  });

  it.each([
    [{ name: "  " }, "name", "required"],
    [{ email: "not-an-email" }, "email", "email"],
    [{ role: "root" }, "role", "invalidRole"],
    [{ password: "short" }, "password", "passwordShort"],
    [{ role: "agency_head", agencyId: "" }, "agencyId", "agencyRequired"],
    [{ agencyId: "abc" }, "agencyId", "unknownAgency"],
  ])("refuses %o with %s: %s", (change, field, key) => {
    const result = createUserSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(key);
  });
});
