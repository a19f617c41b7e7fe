import { z } from "zod";
import { identitySchema } from "./identity-schema";
import { timestamp } from "./common-schemas";
import { autoApproveSchema } from "@/lib/projects/project-schemas";

/*
 * The response shapes the reference declares for the domain views. Objects are open (further fields
 * may appear as the views grow); the fields listed are the contract.
 */

export const generationSchema = z
  .looseObject({
    id: z.string(),
    type: z.enum(["avatar", "seed", "variations", "training"]),
    status: z.enum(["pending", "processing", "completed", "failed", "cancelled"]),
    stage: z.string(),
    currentIndex: z.number().int().nullable(),
    progress: z.number().int().min(0).max(100),
    total: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
    avatarId: z.string().nullable(),
    projectId: z.string(),
    batchId: z.string().nullable(),
    provider: z.string(),
    model: z.string().nullable(),
    prompt: z.string().nullable(),
    errorMessage: z.string().nullable(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
    completedAt: timestamp().nullable(),
  })
  ;

export const projectSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    avatarCount: z.number().int(),
    batchCount: z.number().int(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  ;

export const imageSchema = z
  .looseObject({
    id: z.string(),
    url: z.string(),
    thumbnailUrl: z.string().nullable().optional(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    identity: identitySchema.nullable().optional(),
    review: z.enum(["needs_review", "kept"]).nullable().optional().meta({ description: "needs_review: in the project's review queue; kept: a person kept it" }),
    safety: z
      .object({ flagged: z.boolean(), label: z.enum(["Drawing", "Hentai", "Neutral", "Porn", "Sexy"]).nullable() })
      .optional()
      .meta({ description: "Content safety: flagged (explicit) images are blurred in the UI and left out of exports unless the project allows explicit content; { flagged: false, label: null } until checked" }),
  })
  ;

export const avatarSchema = z
  .looseObject({
    id: z.string(),
    projectId: z.string(),
    name: z.string(),
    status: z.string().meta({ description: "What the gallery badge says" }),
    baseImageStatus: z.enum(["pending_upload", "draft", "approved", "rejected"]),
    appearanceLocked: z.boolean(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  ;

export const batchSchema = z
  .looseObject({
    id: z.string(),
    projectId: z.string(),
    status: z.enum(["pending", "generating_data", "data_generated", "generating_images", "completed", "failed", "cancelled"]),
    total: z.number().int(),
    personasDone: z.number().int(),
    personasFailed: z.number().int(),
    /** Personas whose base waits in the project's review queue (no variations made for them yet). */
    personasInReview: z.number().int(),
    autoApprove: autoApproveSchema,
    imagesDone: z.number().int(),
    imagesTotal: z.number().int(),
    errorMessage: z.string().nullable(),
    running: z.boolean(),
    createdAt: timestamp(),
    completedAt: timestamp().nullable(),
  })
  ;

export const batchDetailSchema = batchSchema.extend({
  avatars: z.array(
    avatarSchema.extend({
      batchPersona: z.looseObject({ index: z.number().int(), status: z.enum(["pending", "running", "needs_review", "succeeded", "failed", "cancelled"]), errorMessage: z.string().nullable() }),
      variations: z.array(imageSchema),
    }),
  ),
});

export const tokenSchema = z.looseObject({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: timestamp(), lastUsedAt: timestamp().nullable() });

export const trainingPromptSchema = z.looseObject({ id: z.string(), text: z.string() });

export const openObject = (description: string) => z.looseObject({}).meta({ description });
