import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { listSchedules } from "@/lib/schedules/list-schedules";
import { createScheduleSchema } from "@/lib/schedules/schedule-schemas";

type Params = { projectId: string };

export const GET = withUser<Params>(async ({ user, params }) => ({ schedules: await listSchedules(user.id, params.projectId) }));

export const POST = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, createScheduleSchema);
  return created({ schedule: await createSchedule(user.id, params.projectId, input) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
