import { z } from "zod";
import { importAvatarSchema } from "@/lib/avatars/import-avatar-from-url";
import { trainingExportQuerySchema } from "@/lib/training/export/plan-training-export";
import type { ApiArea } from "../operation";
import { avatarSchema } from "../view-schemas";

export const exportsArea: ApiArea = {
  tag: "Imports and exports",
  description: "A base image from a URL in; training sets out, for LoRA trainers; signed links that need no token.",
  operations: [
    {
      method: "post",
      path: "/api/v1/projects/{projectId}/avatars/import",
      summary: "Import a base image from a URL",
      description: "Public addresses only (each redirect hop too) unless IMPORT_ALLOW_PRIVATE_URLS; 10 s, 10 MB; validated like an upload.",
      body: importAvatarSchema,
      bodyExample: { name: "Maya Chen", imageUrl: "https://example.com/maya.png" },
      responses: { 201: { description: "A draft avatar", schema: z.object({ avatar: avatarSchema }) } },
    },
    {
      method: "get",
      path: "/api/v1/avatars/{avatarId}/training-set/export",
      summary: "Download a training set",
      query: trainingExportQuerySchema,
      responses: { 200: { description: "A streamed ZIP: plain, kohya or ai-toolkit layout", contentType: "application/zip" } },
    },
    {
      method: "get",
      path: "/api/v1/links/images/{imageId}",
      summary: "An image by signed link",
      auth: false,
      description: "The links in manifests and exports (`?exp=&sig=`); a tampered or expired link is 404.",
      responses: { 200: { description: "The image", contentType: "image/png" } },
    },
  ],
};
