import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests call the same modules directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["lib/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: { name: "db", include: ["tests/db/**/*.test.ts"], environment: "node", testTimeout: 30000, hookTimeout: 60000, pool: "forks" },
      },
    ],
  },
});
