import { describe, expect, it } from "vitest";
import { hostName, resolveTenant, type Tenant } from "./resolve";

const sinjai: Tenant = { id: 1, slug: "sinjai", name: "Kabupaten Sinjai", host: "sinjai.example.go.id", demo: false };
const contoh: Tenant = { id: 2, slug: "contoh", name: "Kabupaten Contoh", host: null, demo: true };
const gowa: Tenant = { id: 3, slug: "gowa", name: "Kabupaten Gowa", host: null, demo: false };

describe("which regency a request is for", () => {
  it.each([
    [
      "its host, whatever the prefix or cookie says",
      [sinjai, contoh],
      { host: "Sinjai.example.go.id:443", slug: "contoh", remembered: "contoh" },
      undefined,
      1,
    ],
    ["the path prefix on a shared host", [sinjai, contoh], { host: "kawal.example.go.id", slug: "contoh" }, undefined, 2],
    ["the prefix before the remembered cookie", [sinjai, contoh, gowa], { slug: "gowa", remembered: "contoh" }, undefined, 3],
    ["the remembered cookie", [sinjai, contoh], { host: "localhost:3000", remembered: "contoh" }, undefined, 2],
    ["the only regency that is not illustrative", [sinjai, contoh], { host: "localhost:3000" }, undefined, 1],
    ["the configured default", [sinjai, contoh, gowa], { host: "localhost" }, "gowa", 3],
    ["a cookie naming a regency that has gone: the default", [sinjai, contoh], { remembered: "bone" }, undefined, 1],
  ] as const)("%s", (_, all, request, defaultSlug, id) => {
    expect(resolveTenant(all, request, defaultSlug)?.id).toBe(id);
  });

  it.each([
    ["a prefix that names no regency", [sinjai, contoh], { slug: "bone" }, undefined],
    ["two real regencies and no default", [sinjai, gowa], { host: "localhost" }, undefined],
    ["a default that names no regency", [sinjai, gowa], {}, "bone"],
    ["no regency at all", [], {}, undefined],
  ] as const)("none for %s (answered 404)", (_, all, request, defaultSlug) => {
    expect(resolveTenant(all, request, defaultSlug)).toBeUndefined();
  });

  it("compares host names without case or port", () => {
    expect(hostName(" Sinjai.Example.go.id:8443 ")).toBe("sinjai.example.go.id");
  });
});
