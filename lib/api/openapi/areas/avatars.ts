import { z } from "zod";
import { avatarListQuerySchema } from "@/lib/avatars/avatar-list-query";
import { avatarImagesQuerySchema } from "@/lib/avatars/avatar-images-query";
import { avatarUploadFieldsSchema, createAvatarSchema, generateAvatarSchema, updateAvatarSchema } from "@/lib/avatars/avatar-schemas";
import { keyed, nextCursor, noContent } from "../common-schemas";
import type { ApiArea } from "../operation";
import { avatarSchema, generationSchema, imageSchema, openObject } from "../view-schemas";

const avatarBody = keyed("avatar", avatarSchema);

export const avatarsArea: ApiArea = {
  tag: "Avatars",
  description: "Personas with their base image, variations and usage history.",
  operations: [
    { method: "get", path: "/api/v1/projects/{projectId}/avatars", summary: "List a project's avatars", query: avatarListQuerySchema, responses: { 200: { description: "A page of avatars", schema: z.object({ avatars: z.array(avatarSchema), nextCursor }) } } },
    { method: "post", path: "/api/v1/projects/{projectId}/avatars", summary: "Create an avatar from persona data", body: createAvatarSchema, responses: { 201: { description: "The avatar", schema: avatarBody } } },
    {
      method: "post",
      path: "/api/v1/projects/{projectId}/avatars/generate",
      summary: "Generate a persona and its avatar",
      body: generateAvatarSchema,
      responses: { 202: { description: "The avatar and the generation making its images", schema: z.looseObject({ avatar: avatarSchema, generation: generationSchema.optional() }) } },
    },
    {
      method: "post",
      path: "/api/v1/projects/{projectId}/avatars/upload",
      summary: "Create an avatar from an uploaded photo",
      multipart: { file: { type: "file", description: "PNG, JPEG or WebP, up to 10 MB", required: true }, name: { type: "string", description: avatarUploadFieldsSchema.shape.name.description ?? "The avatar's name" } },
      responses: { 201: { description: "The avatar", schema: avatarBody }, 413: { description: "File too large" }, 415: { description: "Not a PNG, JPEG or WebP image" } },
    },
    { method: "get", path: "/api/v1/avatars/{avatarId}", summary: "Get an avatar", responses: { 200: { description: "The avatar", schema: avatarBody } } },
    { method: "patch", path: "/api/v1/avatars/{avatarId}", summary: "Edit an avatar", body: updateAvatarSchema, responses: { 200: { description: "The avatar", schema: avatarBody }, 409: { description: "Its appearance is locked" } } },
    { method: "delete", path: "/api/v1/avatars/{avatarId}", summary: "Delete an avatar and its images", responses: { 204: noContent } },
    { method: "get", path: "/api/v1/avatars/{avatarId}/images", summary: "An avatar's images", query: avatarImagesQuerySchema, responses: { 200: { description: "Its images", schema: z.object({ images: z.array(imageSchema) }) } } },
    { method: "get", path: "/api/v1/avatars/{avatarId}/usage-history", summary: "What was done with an avatar", responses: { 200: { description: "Usage events, newest first", schema: z.object({ events: z.array(openObject("A usage event")) }) } } },
    { method: "get", path: "/api/v1/images/{imageId}/file", summary: "An image file", query: z.object({ download: z.string().optional().meta({ description: "Present: sent as an attachment" }) }), responses: { 200: { description: "The image", contentType: "image/png" }, 302: { description: "Redirect to the object store (S3)" } } },
    { method: "get", path: "/api/v1/images/{imageId}/thumbnail", summary: "An image's thumbnail", responses: { 200: { description: "A JPEG thumbnail", contentType: "image/jpeg" }, 302: { description: "Redirect to the object store (S3)" } } },
  ],
};
