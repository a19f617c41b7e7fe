import { z } from "zod";
import { approveSchema, rejectSchema, seedGenerateSchema, selectVersionSchema, variationsSchema } from "@/lib/avatars/seed-image-schemas";
import { keyed } from "../common-schemas";
import type { ApiArea } from "../operation";
import { avatarSchema, generationSchema, imageSchema } from "../view-schemas";

const avatarBody = { description: "The avatar", schema: keyed("avatar", avatarSchema) };
const queued = { description: "Queued; follow it with GET /api/v1/generations/{id} or the live events", schema: keyed("generation", generationSchema) };

export const seedImageArea: ApiArea = {
  tag: "Seed image",
  description: "Make, pick, approve or reject an avatar's base image, then its variations.",
  operations: [
    { method: "post", path: "/api/v1/avatars/{avatarId}/seed-image/generate", summary: "Generate base image candidates", body: seedGenerateSchema, bodyOptional: true, responses: { 202: queued, 409: { description: "Its appearance is locked" } } },
    {
      method: "post",
      path: "/api/v1/avatars/{avatarId}/seed-image/upload",
      summary: "Upload a base image",
      multipart: { file: { type: "file", description: "PNG, JPEG or WebP, up to 10 MB", required: true } },
      responses: { 201: { description: "The avatar and its new draft", schema: z.looseObject({ avatar: avatarSchema }) }, 413: { description: "File too large" }, 415: { description: "Not a PNG, JPEG or WebP image" } },
    },
    { method: "post", path: "/api/v1/avatars/{avatarId}/seed-image/select", summary: "Pick a candidate or restore a version as the draft", body: selectVersionSchema, responses: { 200: avatarBody, 409: { description: "Its appearance is locked" } } },
    {
      method: "post",
      path: "/api/v1/avatars/{avatarId}/seed-image/check",
      summary: "Face quality report of the current base image",
      description: "Faces found, face size, sharpness, head pose and brightness, with a verdict (good, warning, poor) and plain messages.",
      responses: {
        200: {
          description: "The report",
          schema: z.object({ imageId: z.string(), quality: z.looseObject({ verdict: z.enum(["good", "warning", "poor"]), messages: z.array(z.string()) }) }),
        },
        409: { description: "There is no base image yet" },
      },
    },
    { method: "post", path: "/api/v1/avatars/{avatarId}/seed-image/approve", summary: "Approve the draft (locks the appearance)", body: approveSchema, bodyOptional: true, responses: { 200: avatarBody, 409: { description: "Nothing to approve" } } },
    { method: "post", path: "/api/v1/avatars/{avatarId}/seed-image/reject", summary: "Reject the draft", body: rejectSchema, bodyOptional: true, responses: { 200: avatarBody, 409: { description: "Nothing to reject" } } },
    { method: "post", path: "/api/v1/avatars/{avatarId}/seed-image/unlock", summary: "Unlock the appearance to change it", responses: { 200: avatarBody } },
    { method: "get", path: "/api/v1/avatars/{avatarId}/seed-image/versions", summary: "Earlier base images", responses: { 200: { description: "Versions, newest first", schema: z.object({ images: z.array(imageSchema) }) } } },
    { method: "post", path: "/api/v1/avatars/{avatarId}/variations", summary: "Generate variations of the approved base", body: variationsSchema, bodyOptional: true, responses: { 202: queued, 409: { description: "The base image is not approved yet" } } },
  ],
};
