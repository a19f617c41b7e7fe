import { parseJsonBody, parseQuery } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { created, withUser } from "@/lib/api/with-user";
import { pageParamsSchema } from "@/lib/pagination/page-params";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";
import { createProjectSchema } from "@/lib/projects/project-schemas";

export const GET = withUser(async ({ req, user }) => {
  const page = await listProjects(user.id, parseQuery(req, pageParamsSchema));
  return { projects: page.items, nextCursor: page.nextCursor };
});

export const POST = withUser(async ({ req, user }) => {
  const input = await parseJsonBody(req, createProjectSchema);
  return created({ project: await createProject(user.id, input) });
});

export const { PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET, POST });
