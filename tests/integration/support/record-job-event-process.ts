// Run as its own process (tsx): records one job event on DATABASE_URL, as another app process would.
import { closeDatabase } from "@/lib/db/client";
import { recordJobEvent } from "@/lib/job-events/record-job-event";

const [userId, type, id] = process.argv.slice(2);
const message = await recordJobEvent(userId, type as "batch.progress", { id });
await closeDatabase();
if (!message) process.exit(1);
console.log(`recorded ${message.id}`);
