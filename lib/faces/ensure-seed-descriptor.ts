import { getDb } from "@/lib/db/client";
import { getStorage } from "@/lib/storage";
import { analyzeFace } from "./analyze-face";
import { isIllustratedProvider } from "./face-check-types";

/**
 * The approved seed's face descriptor, computed once and stored on the avatar ([] when the seed shows no
 * face or is an illustration). Null while no seed is approved.
 */
export async function ensureSeedDescriptor(avatarId: string): Promise<number[] | null> {
  const db = await getDb();
  const avatar = await db.avatar.findUnique({
    where: { id: avatarId },
    select: { seedDescriptor: true, appearanceLocked: true, baseImage: { select: { storageKey: true, provider: true } } },
  });
  if (!avatar?.appearanceLocked || !avatar.baseImage) return null;
  if (Array.isArray(avatar.seedDescriptor)) return avatar.seedDescriptor as number[];
  let descriptor: number[] = [];
  if (!isIllustratedProvider(avatar.baseImage.provider)) {
    const original = await getStorage().get(avatar.baseImage.storageKey);
    if (!original) throw new Error(`Seed image of avatar ${avatarId} is missing from storage`);
    descriptor = (await analyzeFace(original.data)).descriptor ?? [];
  }
  await db.avatar.updateMany({ where: { id: avatarId, appearanceLocked: true }, data: { seedDescriptor: descriptor } });
  return descriptor;
}
