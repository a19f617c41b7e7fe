import { z } from "zod";
import { rejectSchema } from "@/lib/avatars/seed-image-schemas";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { keyed, nextCursor } from "../common-schemas";
import type { ApiArea } from "../operation";
import { generationSchema, imageSchema } from "../view-schemas";

const reviewItemSchema = z.looseObject({
  id: z.string().meta({ description: "The image under review (or the waiting base image): what keep and reject take" }),
  kind: z.enum(["image", "base"]).meta({ description: "image: made from the approved seed; base: a base image waiting for approval" }),
  avatar: z.object({ id: z.string(), name: z.string() }),
  image: imageSchema,
  seed: imageSchema.nullable().meta({ description: "The approved seed the image was made from; null for a waiting base" }),
  score: z.number().nullable().meta({ description: "Identity score against the seed, 0–1 (images)" }),
  verdict: z.string().nullable().meta({ description: "Quality verdict of a waiting base: poor, warning, good or not-measured" }),
  reasons: z.array(z.string()).meta({ description: "Why it is in the queue, in plain words" }),
});

const imageBody = { description: "The image", schema: keyed("image", imageSchema) };
const notWaiting = { description: "The image is not waiting for review" };

export const reviewArea: ApiArea = {
  tag: "Review",
  description: "The review queue: images still drifted after their retries and bases waiting for approval, worst first.",
  operations: [
    {
      method: "get",
      path: "/api/v1/projects/{projectId}/review",
      summary: "A project's review queue",
      description: "Images made from a seed first, lowest identity score first (no face before any score); then bases waiting for approval, poor < warning < good, then by name.",
      query: pageParamsSchema,
      responses: { 200: { description: "A page of review items", schema: z.object({ items: z.array(reviewItemSchema), nextCursor }) } },
    },
    { method: "get", path: "/api/v1/images/{imageId}", summary: "Get an image", responses: { 200: imageBody } },
    {
      method: "post",
      path: "/api/v1/images/{imageId}/keep",
      summary: "Keep an image under review",
      description: "An image made from the seed is marked kept; a waiting base is approved (its appearance is locked).",
      responses: { 200: imageBody, 409: notWaiting },
    },
    {
      method: "post",
      path: "/api/v1/images/{imageId}/reject",
      summary: "Reject an image under review and make a replacement",
      description: "An image made from the seed is deleted and one new image of its kind is generated from the seed; a waiting base is rejected (with the optional reason) and a new base image is generated. Quotas apply.",
      body: rejectSchema,
      bodyOptional: true,
      responses: { 202: { description: "The generation making the replacement", schema: keyed("generation", generationSchema) }, 409: notWaiting, 429: { description: "Monthly quota reached: nothing was rejected" } },
    },
  ],
};
