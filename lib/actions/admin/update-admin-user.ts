"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { updateAdminUserSchema } from "@/lib/admin/admin-schemas";
import { updateAdminUser } from "@/lib/admin/update-admin-user";
import { fieldsUnder, validatedActionWithUser } from "@/lib/auth/validated-action";
import { recordIdSchema } from "@/lib/validation/record-id";

/** A quota field left empty means "the server's default" (null); anything else must read as a number. */
function quotaFrom(value: string | undefined) {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

export const updateAdminUserAction = validatedActionWithUser(
  z.strictObject({ userId: recordIdSchema("User"), input: updateAdminUserSchema }),
  async ({ userId, input }, admin) => {
    await updateAdminUser(admin, userId, input);
    revalidatePath("/admin");
  },
  {
    toInput: (values) => ({
      userId: values.userId,
      input: {
        ...(values.disabled === undefined ? {} : { disabled: values.disabled === "true" }),
        ...(values.quotaImagesPerMonth === undefined ? {} : { quotaImagesPerMonth: quotaFrom(values.quotaImagesPerMonth) }),
        ...(values.quotaUsdPerMonth === undefined ? {} : { quotaUsdPerMonth: quotaFrom(values.quotaUsdPerMonth) }),
      },
    }),
    fieldFor: fieldsUnder("input"),
  },
);
