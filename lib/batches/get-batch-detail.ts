import { avatarSelect, toAvatarView } from "@/lib/avatars/avatar-view";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { imageSelect, toImageView } from "@/lib/images/image-view";
import { batchSelect, toBatchView } from "./batch-view";
import { readPersonaStage } from "./run/persona-stages";

/**
 * A batch with its personas in order: each avatar as the gallery shows it, where its batch run is
 * (`batchPersona`), and the variations the batch made for it.
 */
export async function getBatchDetail(ownerId: string, batchId: string) {
  const db = await getDb();
  const row = await db.batch.findFirst({
    where: { id: batchId, project: { ownerId } },
    select: {
      ...batchSelect,
      personas: {
        orderBy: { index: "asc" },
        select: {
          index: true,
          status: true,
          stage: true,
          errorMessage: true,
          attempts: true,
          variationsGenerationId: true,
          avatar: { select: avatarSelect },
        },
      },
    },
  });
  if (!row) throw new NotFoundError("Batch");
  const { personas, ...batch } = row;
  const generationIds = personas.flatMap((p) => (p.variationsGenerationId ? [p.variationsGenerationId] : []));
  const variations = generationIds.length
    ? await db.image.findMany({ where: { generationId: { in: generationIds }, kind: "variation" }, select: imageSelect, orderBy: { id: "asc" } })
    : [];
  return {
    ...toBatchView(batch),
    avatars: personas.map((persona) => ({
      ...toAvatarView(persona.avatar),
      batchPersona: { index: persona.index, status: persona.status, stage: readPersonaStage(persona.stage), errorMessage: persona.errorMessage, attempts: persona.attempts },
      variations: variations.filter((image) => image.generationId === persona.variationsGenerationId).map(toImageView),
    })),
  };
}

export type BatchDetail = Awaited<ReturnType<typeof getBatchDetail>>;
