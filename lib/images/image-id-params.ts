import { z } from "zod";
import { recordIdSchema } from "@/lib/validation/record-id";

/** The `:imageId` of an image route: a bounded, non-blank id (a malformed one is a 400, a missing one a 404). */
export const imageIdParamsSchema = z.strictObject({ imageId: recordIdSchema("Image") });
