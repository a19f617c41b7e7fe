import { z } from "zod";
import { trainingSetSchema, variationsSchema } from "@/lib/avatars/seed-image-schemas";
import { trainingManifestQuerySchema } from "@/lib/training/training-manifest-query";
import { trainingPromptInputSchema } from "@/lib/training/training-prompt-schemas";
import { keyed, noContent } from "../common-schemas";
import type { ApiArea } from "../operation";
import { generationSchema, openObject, trainingPromptSchema } from "../view-schemas";

const queued = { description: "Queued (a generation of type training)", schema: keyed("generation", generationSchema) };

export const trainingArea: ApiArea = {
  tag: "Training sets",
  description: "A set of consistent images of an approved avatar for fine-tuning, from the project's training prompts.",
  operations: [
    { method: "post", path: "/api/v1/avatars/{avatarId}/training-set", summary: "Generate a training set", body: trainingSetSchema, bodyOptional: true, responses: { 202: queued, 409: { description: "The base image is not approved, or a set is running" } } },
    { method: "post", path: "/api/v1/avatars/{avatarId}/training-set/retry", summary: "Retry the failed items", body: variationsSchema, bodyOptional: true, responses: { 202: queued, 409: { description: "Nothing failed" } } },
    {
      method: "get",
      path: "/api/v1/avatars/{avatarId}/training-set/manifest",
      summary: "The training set's manifest",
      query: trainingManifestQuerySchema,
      responses: { 200: { description: "Items with their prompts and image URLs (an attachment with `download=1`)", schema: openObject("The manifest") } },
    },
    { method: "get", path: "/api/v1/projects/{projectId}/training-prompts", summary: "A project's training prompts", responses: { 200: { description: "Its prompts", schema: z.object({ prompts: z.array(trainingPromptSchema) }) } } },
    { method: "post", path: "/api/v1/projects/{projectId}/training-prompts", summary: "Add a training prompt", body: trainingPromptInputSchema, responses: { 201: { description: "The prompt", schema: keyed("prompt", trainingPromptSchema) }, 409: { description: "The project already has this prompt" } } },
    { method: "patch", path: "/api/v1/projects/{projectId}/training-prompts/{promptId}", summary: "Edit a training prompt", body: trainingPromptInputSchema, responses: { 200: { description: "The prompt", schema: keyed("prompt", trainingPromptSchema) }, 409: { description: "The project already has this prompt" } } },
    { method: "delete", path: "/api/v1/projects/{projectId}/training-prompts/{promptId}", summary: "Delete a training prompt", responses: { 204: noContent } },
  ],
};
