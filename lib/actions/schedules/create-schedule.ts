"use server";

import { revalidatePath } from "next/cache";
import { validatedActionWithUser } from "@/lib/auth/validated-action";
import { createSchedule } from "@/lib/schedules/create-schedule";
import { createScheduleSchema } from "@/lib/schedules/schedule-schemas";
import { recordIdSchema } from "@/lib/validation/record-id";

export const createScheduleAction = validatedActionWithUser(
  createScheduleSchema.extend({ projectId: recordIdSchema("Project") }),
  async ({ projectId, ...input }, user) => {
    const schedule = await createSchedule(user.id, projectId, input);
    revalidatePath(`/projects/${projectId}/schedules`);
    return schedule;
  },
  // A checkbox sends "on" when ticked and nothing otherwise.
  { toInput: ({ enabled, ...values }) => ({ ...values, enabled: enabled === "on" || enabled === "true" }) },
);
