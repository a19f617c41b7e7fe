import { getConfig } from "@/lib/config/env";
import { getDatabase } from "@/lib/db/client";
import { isSignupOpen } from "@/lib/users/signup-open";
import packageJson from "@/package.json" with { type: "json" };

export async function getHealth() {
  const config = getConfig();
  const db = await getDatabase();
  await db.sql.query("SELECT 1");
  return {
    status: "ok" as const,
    version: packageJson.version,
    database: db.kind,
    storage: config.storage,
    jobs: config.jobsMode,
    signup: await isSignupOpen(),
  };
}
