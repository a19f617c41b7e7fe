import { keyed } from "../common-schemas";
import type { ApiArea } from "../operation";
import { generationSchema } from "../view-schemas";

const generationBody = keyed("generation", generationSchema);

export const generationsArea: ApiArea = {
  tag: "Generations",
  description: "Image jobs (base candidates, variations, training sets): their progress, cancel and retry.",
  operations: [
    { method: "get", path: "/api/v1/generations/{generationId}", summary: "Get a generation", responses: { 200: { description: "Where it is: status, stage, progress", schema: generationBody } } },
    { method: "post", path: "/api/v1/generations/{generationId}/cancel", summary: "Cancel a generation", responses: { 200: { description: "Cancelled; images made so far stay", schema: generationBody }, 409: { description: "It has already finished" } } },
    { method: "post", path: "/api/v1/generations/{generationId}/retry", summary: "Retry a failed generation", responses: { 202: { description: "Queued again", schema: generationBody }, 409: { description: "It has not failed" } } },
  ],
};
