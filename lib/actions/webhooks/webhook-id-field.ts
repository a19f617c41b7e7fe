import { z } from "zod";
import { recordIdSchema } from "@/lib/validation/record-id";

/** The hidden field every per-webhook form carries. */
export const webhookIdFieldSchema = z.strictObject({ webhookId: recordIdSchema("Webhook") });
