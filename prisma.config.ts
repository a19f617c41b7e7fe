import { defineConfig } from "prisma/config";

// The CLI is used offline only for `generate`; migrations are made and applied by scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
