import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { generatePersonas } from "@/lib/personas/generate-personas";
import { personaConstraintsSchema, personaFullName, type GeneratedPersona } from "@/lib/personas/persona-generation-schemas";
import { batchPersonaAvatarId } from "./batch-persona-id";
import type { BatchPersonaStage } from "./persona-stages";

function avatarData(batch: { id: string; projectId: string }, persona: GeneratedPersona, index: number) {
  const name = personaFullName(persona);
  return {
    id: batchPersonaAvatarId(batch.id, index),
    projectId: batch.projectId,
    batchId: batch.id,
    name,
    persona: { name, age: persona.age, personalityTraits: persona.personalityTraits, background: persona.bio },
    attributes: persona.attributes,
    appearanceDescription: persona.appearanceDescription,
  };
}

/**
 * The data step: writes the batch's personas (OpenAI structured output, or the offline generator for
 * the batch seed) as avatars plus one BatchPersona row each, in one transaction with deterministic ids.
 * Once it has committed, running it again changes nothing. Without images a persona is done here.
 */
export async function writeBatchPersonas(batchId: string) {
  const db = await getDb();
  const batch = await db.batch.findUnique({ where: { id: batchId } });
  if (!batch) throw new NotFoundError("Batch");
  // The text model is a provider too: nothing is asked of it once the batch is cancelled.
  if (batch.status === "cancelled") return { written: 0, source: null, cancelled: true };
  const existing = await db.batchPersona.count({ where: { batchId } });
  if (existing > 0) return { written: 0, source: null, cancelled: false };

  const constraints = personaConstraintsSchema.safeParse(batch.constraints ?? undefined);
  const { personas, source } = await generatePersonas(
    { count: batch.count, brief: batch.brief ?? undefined, constraints: constraints.success ? constraints.data : undefined },
    { seed: batch.seed },
  );
  const now = new Date();
  const avatars = personas.map((persona, index) => avatarData(batch, persona, index));
  await db.$transaction([
    db.avatar.createMany({ data: avatars as Prisma.AvatarCreateManyInput[], skipDuplicates: true }),
    db.batchPersona.createMany({
      data: personas.map((persona, index) => ({
        avatarId: avatars[index].id,
        batchId,
        index,
        data: persona as unknown as Prisma.InputJsonValue,
        ...(batch.images ? {} : { status: "succeeded" as const, stage: "data" satisfies BatchPersonaStage, finishedAt: now }),
      })),
      skipDuplicates: true,
    }),
    db.usageEvent.createMany({
      data: avatars.map((avatar) => ({ avatarId: avatar.id, type: "created", actorId: batch.userId, details: { via: "batch", batchId, source } })),
    }),
    db.batch.updateMany({
      where: { id: batchId, status: { not: "cancelled" } },
      data: { status: "data_generated", personasDone: batch.images ? 0 : personas.length, imagesTotal: batch.images ? batch.imagesTotal : 0 },
    }),
  ]);
  return { written: personas.length, source, cancelled: false };
}
