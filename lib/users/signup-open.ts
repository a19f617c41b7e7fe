import { getConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";

const KEY = "signupOpen";

/** Whether sign-up is open: an admin's choice when one was made, else ALLOW_SIGNUP. */
export async function isSignupOpen(): Promise<boolean> {
  const db = await getDb();
  const row = await db.appSetting.findUnique({ where: { key: KEY } });
  return typeof row?.value === "boolean" ? row.value : getConfig().ALLOW_SIGNUP;
}

export async function writeSignupOpen(open: boolean, actorId: string) {
  const db = await getDb();
  await db.appSetting.upsert({ where: { key: KEY }, create: { key: KEY, value: open, updatedById: actorId }, update: { value: open, updatedById: actorId } });
}
