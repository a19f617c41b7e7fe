import { z } from "zod";
import { variationsSchema, trainingSetSchema } from "@/lib/avatars/seed-image-schemas";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { usageQuerySchema } from "@/lib/usage/usage-period";
import type { ApiArea } from "../operation";

const totals = z.object({ images: z.number().int(), estimatedCostUsd: z.number() });
const remaining = z.object({ images: z.number().int().nullable(), costUsd: z.number().nullable() }).nullable();

const estimateSchema = z.looseObject({
  images: z.number().int(),
  unitPriceUsd: z.number(),
  estimatedCostUsd: z.number(),
  withinQuota: z.boolean(),
  remaining,
  refusal: z.string().nullable(),
  summary: z.string().meta({ example: "25 personas × 5 images ≈ $5.25 with openai gpt-image-1 (medium)" }),
});
const estimate = { 200: { description: "What it would cost and whether it fits this month's quota; nothing is written", schema: estimateSchema } };

export const usageArea: ApiArea = {
  tag: "Usage",
  description: "What work costs (estimated from the price list of each provider and model) and the monthly quotas.",
  operations: [
    {
      method: "get",
      path: "/api/v1/usage",
      summary: "A month's usage",
      query: usageQuerySchema,
      responses: {
        200: {
          description: "Images and estimated cost by provider and project, the quota and what is left (queued work counts as used)",
          schema: z.looseObject({
            period: z.object({ month: z.string(), start: z.string(), end: z.string() }),
            images: z.number().int(),
            estimatedCostUsd: z.number(),
            byProvider: z.record(z.string(), totals),
            byProject: z.array(totals.extend({ projectId: z.string(), name: z.string() })),
            quota: z.object({ images: z.number().int().nullable(), costUsd: z.number().nullable() }).nullable(),
            remaining,
            daily: z.array(totals.extend({ date: z.string() })),
          }),
        },
      },
    },
    { method: "post", path: "/api/v1/projects/{projectId}/batches/estimate", summary: "Estimate a batch", body: createBatchSchema, bodyExample: { count: 25, provider: "openai" }, responses: estimate },
    { method: "post", path: "/api/v1/avatars/{avatarId}/variations/estimate", summary: "Estimate variations", body: variationsSchema, bodyOptional: true, responses: estimate },
    { method: "post", path: "/api/v1/avatars/{avatarId}/training-set/estimate", summary: "Estimate a training set", body: trainingSetSchema, bodyOptional: true, responses: estimate },
  ],
};
