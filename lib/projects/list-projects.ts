import { getDb } from "@/lib/db/client";
import { newestFirst, paginate, type PageParams } from "@/lib/pagination/page-params";
import { projectSelect, toProjectView } from "./project-view";
import { isFlaggedSafety } from "@/lib/safety/safety-view";

/** How many persona thumbnails a project card shows. */
export const PROJECT_CARD_THUMBNAILS = 4;

export async function listProjects(ownerId: string, page: PageParams) {
  const db = await getDb();
  const result = await paginate(page, (args) =>
    db.project.findMany({
      where: { ownerId },
      orderBy: newestFirst,
      select: {
        ...projectSelect,
        avatars: {
          where: { baseImageId: { not: null } },
          orderBy: newestFirst,
          take: PROJECT_CARD_THUMBNAILS,
          select: { id: true, name: true, baseImageId: true, baseImage: { select: { safety: true } } },
        },
      },
      ...args,
    }),
  );
  return {
    items: result.items.map(({ avatars, ...row }) => ({
      ...toProjectView(row),
      // A thumbnail classified as explicit is shown blurred (`flagged`).
      thumbnails: avatars.map((avatar) => ({ avatarId: avatar.id, name: avatar.name, url: `/api/v1/images/${avatar.baseImageId}/thumbnail`, flagged: isFlaggedSafety(avatar.baseImage?.safety) })),
    })),
    nextCursor: result.nextCursor,
  };
}
