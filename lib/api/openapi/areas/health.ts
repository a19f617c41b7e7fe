import type { ApiArea } from "../operation";
import { openObject } from "../view-schemas";

export const healthArea: ApiArea = {
  tag: "Server",
  description: "Health, this reference, the image providers this server offers, and your usage numbers.",
  operations: [
    { method: "get", path: "/api/v1/health", summary: "Is the server up", auth: false, responses: { 200: { description: "Database, storage and jobs status", schema: openObject("Health of each part") }, 503: { description: "A part is down" } } },
    { method: "get", path: "/api/v1/openapi.json", summary: "This document", auth: false, responses: { 200: { description: "The OpenAPI 3.1 document", schema: openObject("OpenAPI 3.1") } } },
    { method: "get", path: "/api/v1/providers", summary: "Image providers", responses: { 200: { description: "Each provider and whether it is configured", schema: openObject("`{ providers: [...] }`") } } },
    { method: "get", path: "/api/v1/stats", summary: "Your usage numbers", responses: { 200: { description: "Counts of projects, avatars, images and jobs", schema: openObject("Usage statistics") } } },
  ],
};
