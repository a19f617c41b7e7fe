import { getDb } from "@/lib/db/client";
import { newestFirst, paginate, type PageParams } from "@/lib/pagination/page-params";
import { projectSelect, toProjectView } from "./project-view";

export async function listProjects(ownerId: string, page: PageParams) {
  const db = await getDb();
  const result = await paginate(page, (args) =>
    db.project.findMany({ where: { ownerId }, orderBy: newestFirst, select: projectSelect, ...args }),
  );
  return { items: result.items.map(toProjectView), nextCursor: result.nextCursor };
}
