"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { deleteSchedule } from "@/lib/schedules/delete-schedule";
import { getScheduleOrThrow } from "@/lib/schedules/get-schedule-or-throw";
import { recordIdSchema } from "@/lib/validation/record-id";

export const deleteScheduleAction = validatedActionWithUser(z.strictObject({ scheduleId: recordIdSchema("Schedule") }), async ({ scheduleId }, user) => {
  const { projectId } = await getScheduleOrThrow(user.id, scheduleId);
  await deleteSchedule(user.id, scheduleId);
  revalidatePath(`/projects/${projectId}/schedules`);
});
