"use server";

import { z } from "zod";
import { imageFileField } from "@/lib/actions/image-file-field";
import { readUploadedFile } from "@/lib/avatars/read-uploaded-file";
import { uploadSeedImage } from "@/lib/avatars/upload-seed-image";
import { seedImageAction } from "./seed-image-action";

export const uploadSeedImageAction = seedImageAction(
  z.strictObject({ file: imageFileField }),
  async (ownerId, avatarId, { file }) => uploadSeedImage(ownerId, avatarId, await readUploadedFile(file)),
  (_fields, formData) => ({ file: formData.get("file") }),
);
