"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { updateSchedule } from "@/lib/schedules/update-schedule";
import { recordIdSchema } from "@/lib/validation/record-id";

export const setScheduleEnabledAction = validatedActionWithUser(
  z.strictObject({ scheduleId: recordIdSchema("Schedule"), enabled: z.enum(["true", "false"], { error: "enabled must be true or false" }) }),
  async ({ scheduleId, enabled }, user) => {
    const schedule = await updateSchedule(user.id, scheduleId, { enabled: enabled === "true" });
    revalidatePath(`/projects/${schedule.projectId}/schedules`);
    return schedule;
  },
);
