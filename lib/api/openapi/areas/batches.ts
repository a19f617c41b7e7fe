import { z } from "zod";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { batchExportQuerySchema } from "@/lib/batches/export/export-batch";
import { jobListQuerySchema } from "@/lib/jobs/job-schemas";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { keyed, nextCursor } from "../common-schemas";
import type { ApiArea } from "../operation";
import { batchDetailSchema, batchSchema, openObject } from "../view-schemas";

const batchBody = keyed("batch", batchSchema);

export const batchesArea: ApiArea = {
  tag: "Batches",
  description: "Many personas at once: data, base images and variations, with cancel, resume and export. The jobs list covers every job.",
  operations: [
    { method: "get", path: "/api/v1/projects/{projectId}/batches", summary: "List a project's batches", query: pageParamsSchema, responses: { 200: { description: "A page of batches", schema: z.object({ batches: z.array(batchSchema), nextCursor }) } } },
    {
      method: "post",
      path: "/api/v1/projects/{projectId}/batches",
      summary: "Start a batch",
      body: createBatchSchema,
      bodyExample: { count: 10, brief: "Baristas in Lisbon", images: true, provider: "local" },
      responses: { 202: { description: "Queued", schema: batchBody } },
    },
    { method: "get", path: "/api/v1/batches/{batchId}", summary: "Get a batch with its personas", responses: { 200: { description: "The batch", schema: keyed("batch", batchDetailSchema) } } },
    { method: "post", path: "/api/v1/batches/{batchId}/cancel", summary: "Cancel a batch", responses: { 200: { description: "Cancelled", schema: batchBody }, 409: { description: "It has already finished" } } },
    { method: "post", path: "/api/v1/batches/{batchId}/resume", summary: "Resume a cancelled batch", responses: { 202: { description: "Queued again", schema: batchBody }, 409: { description: "It is not cancelled" } } },
    { method: "post", path: "/api/v1/batches/{batchId}/retry-failed", summary: "Retry the failed personas", responses: { 202: { description: "Queued again", schema: batchBody }, 409: { description: "Nothing failed, or it is still running" } } },
    {
      method: "get",
      path: "/api/v1/batches/{batchId}/export",
      summary: "Export a batch",
      query: batchExportQuerySchema,
      responses: { 200: { description: "A file: JSON, CSV or a ZIP with the images", contentType: "application/octet-stream" } },
    },
    { method: "get", path: "/api/v1/jobs", summary: "List your jobs", description: "Generations and batches, newest first, filtered by status or kind.", query: jobListQuerySchema, responses: { 200: { description: "A page of jobs", schema: openObject("`{ jobs: [...], nextCursor }`") } } },
  ],
};
