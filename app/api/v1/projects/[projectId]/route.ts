import { parseJsonBody } from "@/lib/api/parse-request";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withUser } from "@/lib/api/with-user";
import { deleteProject } from "@/lib/projects/delete-project";
import { getProjectOrThrow } from "@/lib/projects/get-project-or-throw";
import { updateProjectSchema } from "@/lib/projects/project-schemas";
import { updateProject } from "@/lib/projects/update-project";

type Params = { projectId: string };

export const GET = withUser<Params>(async ({ user, params }) => ({
  project: await getProjectOrThrow(user.id, params.projectId),
}));

export const PATCH = withUser<Params>(async ({ req, user, params }) => {
  const input = await parseJsonBody(req, updateProjectSchema);
  return { project: await updateProject(user.id, params.projectId, input) };
});

export const DELETE = withUser<Params>(async ({ user, params }) => {
  await deleteProject(user.id, params.projectId);
  return null;
});

export const { POST, PUT, OPTIONS } = refuseOtherMethods({ GET, PATCH, DELETE });
