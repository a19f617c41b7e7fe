import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { GenerationType } from "@/lib/db/generated/enums";
import type { GenerationInput } from "./generation-input";

type Db = PrismaClient | Prisma.TransactionClient;

export interface NewGeneration {
  userId: string;
  projectId: string;
  avatarId: string;
  batchId?: string | null;
  /** Made by the batch job for one of its personas (not by hand on a batch persona). */
  batchRun?: boolean;
  type: GenerationType;
  provider: string;
  model?: string | null;
  /** The price of one image (lib/usage): the generation's cost is its images × this. */
  unitPriceUsd?: number;
  prompt: string;
  negativePrompt?: string | null;
  seed: number;
  width?: number;
  height?: number;
  input: Partial<GenerationInput>;
}

/** Writes a pending generation row; the caller queues it (enqueueGeneration) or invokes the job itself. */
export function createGeneration(db: Db, generation: NewGeneration) {
  return db.generation.create({
    data: {
      userId: generation.userId,
      projectId: generation.projectId,
      avatarId: generation.avatarId,
      batchId: generation.batchId ?? null,
      batchRun: generation.batchRun ?? false,
      type: generation.type,
      provider: generation.provider,
      model: generation.model ?? null,
      unitPriceUsd: generation.unitPriceUsd ?? 0,
      prompt: generation.prompt,
      negativePrompt: generation.negativePrompt ?? null,
      seed: generation.seed,
      width: generation.width ?? 1024,
      height: generation.height ?? 1024,
      total: generation.input.count ?? generation.input.trainingItemIds?.length ?? 1,
      input: generation.input as Prisma.InputJsonValue,
    },
  });
}
