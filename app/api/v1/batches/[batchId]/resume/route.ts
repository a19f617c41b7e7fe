import { accepted, withUser } from "@/lib/api/with-user";
import { resumeBatch } from "@/lib/batches/resume-batch";

export const POST = withUser<{ batchId: string }>(async ({ user, params }) => accepted({ batch: await resumeBatch(user.id, params.batchId) }));
