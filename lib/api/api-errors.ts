import { z } from "zod";
import { AppError, BadRequestError } from "@/lib/errors";

/** Maps any error to the JSON error response every REST route answers with. */
export function errorResponse(error: unknown): Response {
  if (error instanceof z.ZodError) error = zodToBadRequest(error);
  if (error instanceof AppError) {
    return Response.json(
      { error: error.message, ...(error.details ? { details: error.details } : {}) },
      { status: error.status },
    );
  }
  console.error("[api]", error);
  return Response.json({ error: "Internal server error. Try again in a moment." }, { status: 500 });
}

export function zodToBadRequest(error: z.ZodError): BadRequestError {
  const details: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "body";
    (details[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return new BadRequestError(`${where}${first?.message ?? "Invalid input"}`, details);
}
