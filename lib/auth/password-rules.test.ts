import { describe, expect, it } from "vitest";
import { newPasswordField, passwordProblem } from "./password-rules";

describe("the password rules", () => {
  it.each([
    ["", "passwordShort"],
    ["1234567", "passwordShort"],
    // Seven characters although JavaScript counts nine code units.
    ["kata🙂sa", "passwordShort"],
    ["a".repeat(65), "passwordLong"],
    // Among the most common passwords, whatever the letter case.
    ["password", "passwordCommon"],
    ["PASSWORD1", "passwordCommon"],
    ["qwertyuiop", "passwordCommon"],
    ["12345678", "passwordCommon"],
    ["iloveyou", "passwordCommon"],
  ])("refuses %j: %s", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it.each([
    "abcdefgx!",
    "rapat koordinasi",
    "pekerja rentan 2025",
    "a".repeat(64),
    "kataSandi🙂",
    // No composition rules: lower case letters only is fine when long and uncommon.
    "sinjaibersatu",
  ])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it("refuses the account's own e-mail or its name part", () => {
    expect(passwordProblem("rina.sari@sinjai.test", "Rina.Sari@sinjai.test")).toBe("passwordIsEmail");
    expect(passwordProblem("RINA.SARI", "rina.sari@sinjai.test")).toBe("passwordIsEmail");
    expect(passwordProblem("rina.sari.2025", "rina.sari@sinjai.test")).toBeNull();
  });

  it("gives the problem as the schema's message", () => {
    const result = newPasswordField.safeParse("letmein1");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("passwordCommon");
    expect(newPasswordField.safeParse("tindak lanjut rapat").success).toBe(true);
  });
});
