import { z } from "zod";
import { apiAreas } from "./areas";
import { errorBodySchema } from "./common-schemas";
import type { ApiArea, ApiOperation } from "./operation";

type JsonSchema = Record<string, unknown>;

/** A zod schema as OpenAPI 3.1 (JSON Schema 2020-12): what a request may send ("input") or a response holds ("output"). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

const ERROR_REF = { $ref: "#/components/schemas/Error" };
const DEFAULT_ERRORS: Record<number, string> = {
  400: "Invalid input: `{ error, code: \"invalid_input\", details? }`",
  401: "No valid session or API token",
  404: "Not found, or not yours",
};

function operationId(op: ApiOperation): string {
  const words = op.path
    .replace(/^\/api\/v1\//, "")
    .split(/[/{}.-]+/)
    .filter(Boolean);
  return [op.method, ...words].map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join("");
}

function parameters(op: ApiOperation) {
  const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  const query = op.query ? jsonSchema(op.query, "input") : undefined;
  const required = new Set((query?.required as string[] | undefined) ?? []);
  const inQuery = Object.entries((query?.properties as Record<string, JsonSchema> | undefined) ?? {}).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema,
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
  }));
  const inHeaders = Object.entries(op.headers ?? {}).map(([name, description]) => ({ name, in: "header", required: false, description, schema: { type: "string" } }));
  return [...inPath, ...inQuery, ...inHeaders];
}

function requestBody(op: ApiOperation) {
  if (op.body) {
    return {
      required: !op.bodyOptional,
      content: { "application/json": { schema: jsonSchema(op.body, "input"), ...(op.bodyExample === undefined ? {} : { example: op.bodyExample }) } },
    };
  }
  if (op.multipart) {
    const properties = Object.fromEntries(
      Object.entries(op.multipart).map(([name, field]) => [name, field.type === "file" ? { type: "string", format: "binary", description: field.description } : { type: "string", description: field.description }]),
    );
    const required = Object.entries(op.multipart).filter(([, field]) => field.required).map(([name]) => name);
    return { required: true, content: { "multipart/form-data": { schema: { type: "object", properties, required } } } };
  }
  return undefined;
}

function responses(op: ApiOperation) {
  const out: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(op.responses)) {
    const code = Number(status);
    const contentType = response.contentType ?? "application/json";
    if (code >= 400) {
      out[status] = { description: response.description, content: { "application/json": { schema: response.schema ? jsonSchema(response.schema, "output") : ERROR_REF } } };
    } else if (response.schema) {
      out[status] = { description: response.description, content: { [contentType]: { schema: jsonSchema(response.schema, "output"), ...(response.example === undefined ? {} : { example: response.example }) } } };
    } else if (response.contentType) {
      const schema = contentType.startsWith("text/") ? { type: "string" } : { type: "string", format: "binary" };
      out[status] = { description: response.description, content: { [contentType]: { schema, ...(response.example === undefined ? {} : { example: response.example }) } } };
    } else {
      out[status] = { description: response.description };
    }
  }
  const takesInput = Boolean(op.body || op.query || op.multipart || op.headers || op.path.includes("{"));
  const defaults = [takesInput && 400, op.auth !== false && 401, op.path.includes("{") && 404].filter((code): code is number => Boolean(code));
  for (const code of defaults) out[code] ??= { description: DEFAULT_ERRORS[code], content: { "application/json": { schema: ERROR_REF } } };
  out.default = { description: "Any other error, as `{ error, code }`", content: { "application/json": { schema: ERROR_REF } } };
  return out;
}

function operationObject(area: ApiArea, op: ApiOperation) {
  const body = requestBody(op);
  const params = parameters(op);
  return {
    operationId: operationId(op),
    tags: [area.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(op.auth === false ? { security: [] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: responses(op),
  };
}

/** The OpenAPI 3.1 document of the whole REST API, built from the areas' operations and the routes' own zod schemas. */
export function buildOpenApiDocument(areas: ApiArea[] = apiAreas) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const area of areas) {
    for (const op of area.operations) (paths[op.path] ??= {})[op.method] = operationObject(area, op);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Likeness API",
      version: "1",
      description:
        "The REST API of Likeness, a studio for consistent AI personas. Authenticate with a personal API token (`Authorization: Bearer <token>`, from Settings → API tokens or POST /api/v1/auth/tokens) or the browser session. Errors are JSON `{ error, code }`; another user's resource is always 404.",
    },
    servers: [{ url: "/" }],
    tags: areas.map((area) => ({ name: area.tag, description: area.description })),
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal API token" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The browser session (same-origin requests)" },
      },
      schemas: { Error: jsonSchema(errorBodySchema, "output") },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
