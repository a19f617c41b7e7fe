/**
 * Account administration on the configured database (stop the app first when it runs on embedded PGlite):
 *   tsx scripts/users.ts disable <email>   refuse sign-in; end its sessions; its API tokens answer 401
 *   tsx scripts/users.ts enable <email>
 */
import { closeDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { setUserDisabled } from "../lib/users/set-user-disabled";

async function main() {
  const [command, email] = process.argv.slice(2);
  if ((command !== "disable" && command !== "enable") || !email) {
    console.error("usage: users.ts disable|enable <email>");
    process.exit(2);
  }
  await migrateDatabase();
  await setUserDisabled(email, command === "disable");
  console.log(`${email}: ${command}d`);
  await closeDatabase();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
