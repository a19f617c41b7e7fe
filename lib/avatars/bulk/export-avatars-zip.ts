import { z } from "zod";
import { avatarFilterSchema } from "@/lib/avatars/avatar-list-query";
import { avatarListWhere } from "@/lib/avatars/avatar-list-where";
import { exportBatchZip } from "@/lib/batches/export/export-batch-zip";
import { toBatchExportInput, type ExportImageRow } from "@/lib/batches/export/to-batch-export-input";
import { getDb } from "@/lib/db/client";
import { BadRequestError } from "@/lib/errors";
import { assertProjectOwner } from "@/lib/projects/assert-project-owner";
import { getStorage } from "@/lib/storage";
import { MAX_RECORD_ID_LENGTH } from "@/lib/validation/record-id";
import { MAX_BULK_IDS } from "./bulk-schemas";

/** GET /api/v1/projects/:projectId/avatars/export: `?ids=a,b,c`, or the grid's filter (`?q=&status=&batchId=`) for all matching. */
export const avatarExportQuerySchema = avatarFilterSchema
  .extend({
    ids: z
      .string()
      .max(MAX_BULK_IDS * (MAX_RECORD_ID_LENGTH + 1), "ids is too long")
      .transform((text) => [...new Set(text.split(",").map((id) => id.trim()).filter(Boolean))])
      .pipe(z.array(z.string().max(MAX_RECORD_ID_LENGTH, "ids holds an id that is too long")).max(MAX_BULK_IDS, `ids must hold at most ${MAX_BULK_IDS} ids`))
      .optional(),
  })
  .strict();

const imageFields = { id: true, kind: true, mimeType: true, storageKey: true, safety: true } as const;

async function readStoredImage(image: ExportImageRow) {
  const object = await getStorage().get(image.storageKey);
  if (!object) throw new Error(`the file ${image.storageKey} is missing from storage`);
  return object.data;
}

/**
 * The chosen personas of a project as a ZIP, laid out as a batch export: images/<persona>/base.png and
 * its variations, batch.json, personas.csv and a manifest. Ids that are not the owner's are left out, and so
 * are images flagged as explicit unless the project allows them (counted in the manifest and README.txt).
 */
export async function exportAvatarsZip(ownerId: string, projectId: string, query: z.infer<typeof avatarExportQuerySchema>, options: { baseUrl: string }) {
  await assertProjectOwner(ownerId, projectId);
  const db = await getDb();
  const { allowExplicit } = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { allowExplicit: true } });
  const { ids, ...filter } = query;
  const where = { ...avatarListWhere(ownerId, projectId, filter), ...(ids ? { id: { in: ids } } : {}) };
  const avatars = await db.avatar.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_BULK_IDS + 1,
    select: {
      id: true,
      name: true,
      persona: true,
      attributes: true,
      appearanceDescription: true,
      baseImageStatus: true,
      createdAt: true,
      baseImage: { select: imageFields },
      images: { where: { kind: "variation" }, select: imageFields, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (avatars.length > MAX_BULK_IDS) throw new BadRequestError(`Export at most ${MAX_BULK_IDS} personas at a time: narrow the filter or pick fewer`);
  if (!avatars.length) throw new BadRequestError("Nothing to export: no persona of this project was chosen");
  const stamp = avatars.reduce((latest, avatar) => (avatar.createdAt > latest ? avatar.createdAt : latest), avatars[0].createdAt);
  const input = toBatchExportInput(
    { id: `project-${projectId}`, projectId, status: "selection", count: avatars.length, brief: null, createdAt: stamp },
    avatars.map(({ images, ...avatar }) => ({ status: avatar.baseImageStatus, avatar, variations: images })),
    { baseUrl: options.baseUrl, readImage: readStoredImage, allowExplicit },
  );
  return { body: await exportBatchZip(input), filename: `likeness-personas-${projectId}.zip` };
}
