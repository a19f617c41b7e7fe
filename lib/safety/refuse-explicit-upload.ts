import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { classifyImage } from "./classify-image";
import type { SafetyVerdict } from "./safety-rule";

export const EXPLICIT_UPLOAD_MESSAGE =
  "This image was classified as explicit content, which this project does not allow. Choose another image, or allow explicit content in the project's settings.";

/**
 * An upload's safety check, before anything is stored: an explicit image is refused (422 explicit_content,
 * said beside the file field) unless the project allows explicit content. Returns the verdict to store.
 */
export async function refuseExplicitUpload(image: Buffer, projectId: string): Promise<SafetyVerdict> {
  const verdict = await classifyImage(image);
  if (!verdict.flagged) return verdict;
  const db = await getDb();
  const project = await db.project.findUnique({ where: { id: projectId }, select: { allowExplicit: true } });
  if (project?.allowExplicit) return verdict;
  throw new AppError(EXPLICIT_UPLOAD_MESSAGE, "explicit_content", { details: { file: [EXPLICIT_UPLOAD_MESSAGE] } });
}
