import { z } from "zod";
import { BadRequestError } from "@/lib/errors";
import { findUnsafeText, UNSAFE_TEXT_FIELD_MESSAGE, UNSAFE_TEXT_MESSAGE } from "@/lib/validation/unsafe-text";
import { zodToBadRequest } from "./api-errors";
import { readBody, type BodyLimit } from "./read-body";

export const JSON_BODY_LIMIT: BodyLimit = { maxBytes: 1024 * 1024, message: "Request body too large. Maximum size is 1MB" };

/** Parses a JSON body with a zod schema; wrong content type, malformed JSON or bad fields are a 400, an oversize body a 413. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new BadRequestError("Content-Type must be application/json");
  }
  const bytes = await readBody(req, JSON_BODY_LIMIT);
  let body: unknown;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
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

/** Text PostgreSQL cannot store is a 400 naming its field, before the schema or any query sees it. */
export function assertStorableText(value: unknown, where = "body") {
  const path = findUnsafeText(value);
  if (path === undefined) return;
  const field = path || where;
  throw new BadRequestError(`${field}: ${UNSAFE_TEXT_MESSAGE}`, { [field]: [UNSAFE_TEXT_FIELD_MESSAGE] });
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  assertStorableText(value);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw zodToBadRequest(parsed.error);
  return parsed.data;
}

/** Reads a multipart body of at most `limit`; a body that is not multipart is a 400, text PostgreSQL cannot store too. */
export async function parseFormData(req: Request, limit: BodyLimit): Promise<FormData> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw new BadRequestError("Content-Type must be multipart/form-data");
  }
  const bytes = await readBody(req, limit);
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": type } }).formData();
  } catch {
    throw new BadRequestError("Malformed multipart body");
  }
  for (const [key, value] of form.entries()) {
    assertStorableText(key, "form");
    if (typeof value === "string") assertStorableText({ [key]: value });
    else assertStorableText({ [key]: value.name });
  }
  return form;
}
