import { analyzeFace } from "./analyze-face";
import { ensureSeedDescriptor } from "./ensure-seed-descriptor";
import { isIllustratedProvider, notMeasuredIdentity, readBytes, type ImageBytes, type StoredIdentity } from "./face-check-types";
import { identityScore } from "./identity-score";

/** How closely the face in `data` keeps the avatar's approved seed, against the project's threshold. */
export async function measureIdentity(data: ImageBytes, provider: string | null, avatarId: string, threshold: number): Promise<StoredIdentity> {
  if (isIllustratedProvider(provider)) return notMeasuredIdentity();
  const seed = await ensureSeedDescriptor(avatarId);
  if (!seed || seed.length === 0) return notMeasuredIdentity();
  const { descriptor } = await analyzeFace(await readBytes(data));
  if (!descriptor) return { score: null, status: "no-face", attempts: 1 };
  const score = await identityScore(seed, descriptor);
  return { score, status: score >= threshold ? "consistent" : "drifted", attempts: 1 };
}
