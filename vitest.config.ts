import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    // Not under test-results/: Playwright empties that folder when it starts.
    outputFile: { json: "reports/unit.json" },
    projects: [
      // Node alone: no PostgreSQL, no build, no browser (`npm run test:unit`).
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts", "lib/**/*.test.ts", "inngest/**/*.test.ts"], exclude: ["tests/integration/**"] },
      },
      // PostgreSQL (TEST_DATABASE_URL), the production build, moto_server (`npm run test:integration`).
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"] } },
    ],
  },
});
