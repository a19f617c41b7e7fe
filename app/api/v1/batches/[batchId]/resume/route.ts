import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { accepted, withUser } from "@/lib/api/with-user";
import { resumeBatch } from "@/lib/batches/resume-batch";

export const POST = withUser<{ batchId: string }>(async ({ user, params }) => accepted({ batch: await resumeBatch(user.id, params.batchId) }));

export const { GET, PUT, PATCH, DELETE, OPTIONS, HEAD } = refuseOtherMethods({ POST });
