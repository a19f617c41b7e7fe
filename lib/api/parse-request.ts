import { z } from "zod";
import { BadRequestError, PayloadTooLargeError } from "@/lib/errors";
import { zodToBadRequest } from "./api-errors";

const MAX_JSON_BYTES = 1024 * 1024;

/** Parses a JSON body with a zod schema; wrong content type, malformed JSON or bad fields are a 400. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new BadRequestError("Content-Type must be application/json");
  }
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new PayloadTooLargeError("Request body too large. Maximum size is 1MB");
  let body: unknown;
  try {
    body = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new BadRequestError("Malformed JSON body");
  }
  return parseWith(schema, body);
}

/** Parses an optional JSON body: an empty body counts as `{}`. */
export async function parseOptionalJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const length = req.headers.get("content-length");
  if (length === "0" || (!req.headers.get("content-type") && !length)) return parseWith(schema, {});
  return parseJsonBody(req, schema);
}

export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  return parseWith(schema, Object.fromEntries(new URL(req.url).searchParams));
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodToBadRequest(parsed.error);
  return parsed.data;
}

/** Reads multipart form data; a body that is not multipart is a 400. */
export async function parseFormData(req: Request): Promise<FormData> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw new BadRequestError("Content-Type must be multipart/form-data");
  }
  try {
    return await req.formData();
  } catch {
    throw new BadRequestError("Malformed multipart body");
  }
}
