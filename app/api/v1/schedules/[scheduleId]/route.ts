import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { getScheduleOrThrow } from "@/lib/schedules/get-schedule-or-throw";
import { updateScheduleSchema } from "@/lib/schedules/schedule-schemas";
import { updateSchedule } from "@/lib/schedules/update-schedule";

type Params = { scheduleId: string };

export const GET = withUser<Params>(async ({ user, params }) => ({ schedule: await getScheduleOrThrow(user.id, params.scheduleId) }));

export const PATCH = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, updateScheduleSchema);
  return { schedule: await updateSchedule(user.id, params.scheduleId, input) };
});

export const DELETE = withUser<Params>(async ({ user, params }) => {
  await deleteSchedule(user.id, params.scheduleId);
  return null;
});

export const { POST, PUT, OPTIONS } = refuseOtherMethods({ GET, PATCH, DELETE });
