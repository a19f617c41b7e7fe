import type { z } from "zod";

export type HttpMethod = "get" | "post" | "patch" | "delete";

export interface ApiResponse {
  description: string;
  /** A JSON body's schema; omit for an empty answer (204) or a file. */
  schema?: z.ZodType;
  /** Default application/json when there is a schema. */
  contentType?: string;
  example?: unknown;
}

/**
 * One REST operation as the reference describes it. Request schemas are the very ones the route
 * parses with; path parameters come from the `{name}` parts of the path.
 */
export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI style: /api/v1/projects/{projectId} */
  path: string;
  summary: string;
  description?: string;
  /** false: anyone may call it (no token). */
  auth?: false;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body may be left out (the route reads an empty body as `{}`). */
  bodyOptional?: boolean;
  /** A multipart upload: its fields. */
  multipart?: Record<string, { type: "file" | "string"; description: string; required?: boolean }>;
  bodyExample?: unknown;
  /** Extra request headers (Last-Event-ID). */
  headers?: Record<string, string>;
  responses: Record<number, ApiResponse>;
}

/** Each area's file exports one of these: its tag and its operations. */
export interface ApiArea {
  tag: string;
  description: string;
  operations: ApiOperation[];
}
