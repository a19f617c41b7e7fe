import { z } from "zod";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { createProjectSchema, updateProjectSchema } from "@/lib/projects/project-schemas";
import { keyed, nextCursor, noContent } from "../common-schemas";
import type { ApiArea } from "../operation";
import { projectSchema } from "../view-schemas";

export const projectsArea: ApiArea = {
  tag: "Projects",
  description: "Projects hold avatars, batches and training prompts.",
  operations: [
    { method: "get", path: "/api/v1/projects", summary: "List projects", query: pageParamsSchema, responses: { 200: { description: "A page of projects", schema: z.object({ projects: z.array(projectSchema), nextCursor }) } } },
    {
      method: "post",
      path: "/api/v1/projects",
      summary: "Create a project",
      body: createProjectSchema,
      bodyExample: { name: "Campaign", description: "Spring launch" },
      responses: { 201: { description: "The project", schema: keyed("project", projectSchema) } },
    },
    { method: "get", path: "/api/v1/projects/{projectId}", summary: "Get a project", responses: { 200: { description: "The project", schema: keyed("project", projectSchema) } } },
    { method: "patch", path: "/api/v1/projects/{projectId}", summary: "Rename or describe a project", body: updateProjectSchema, responses: { 200: { description: "The project", schema: keyed("project", projectSchema) } } },
    { method: "delete", path: "/api/v1/projects/{projectId}", summary: "Delete a project and everything in it", responses: { 204: noContent } },
  ],
};
