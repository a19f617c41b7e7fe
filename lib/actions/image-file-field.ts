import { z } from "zod";

const CHOOSE_AN_IMAGE = "Choose an image to upload";

/** A form's file input: a non-empty file (an untouched input posts an empty one). Type and size are checked on upload. */
export const imageFileField = z.instanceof(File, { error: CHOOSE_AN_IMAGE }).refine((file) => file.size > 0, CHOOSE_AN_IMAGE);
