import { z } from "zod";
import { appErrorFromPrisma } from "@/lib/db/prisma-errors";
import { AppError, BadRequestError, httpStatusFor } from "@/lib/errors";
import { zodIssuesToFields } from "@/lib/validation/zod-issues-to-fields";

/** The domain error behind anything a door caught: AppErrors as they are, zod and Prisma's known errors mapped; else undefined. */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return zodToBadRequest(error);
  return appErrorFromPrisma(error);
}

/** Maps any error to the JSON error every REST route answers with: `{ error, code, details? }`, status from the code. */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (known) {
    const status = httpStatusFor(known.code);
    const headers: Record<string, string> = {};
    if (status === 429 && known.retryAfterMs !== undefined) headers["retry-after"] = String(Math.max(1, Math.ceil(known.retryAfterMs / 1000)));
    return Response.json({ error: known.message, code: known.code, ...(known.details ? { details: known.details } : {}) }, { status, headers });
  }
  console.error("[api]", error);
  return Response.json({ error: "Internal server error. Try again in a moment.", code: "internal_error" }, { status: httpStatusFor("internal_error") });
}

export function zodToBadRequest(error: z.ZodError): BadRequestError {
  const details = zodIssuesToFields(error, "body");
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return new BadRequestError(`${where}${first?.message ?? "Invalid input"}`, details);
}
