import { Ajv2020 } from "ajv/dist/2020.js";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

const document = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(document.components.schemas.Error, "#/components/schemas/Error");

/**
 * Checks a real response body against the schema the OpenAPI document declares for that operation
 * and status; returns the validation errors (empty when it matches).
 */
export function responseErrors(method: string, path: string, status: number, body: unknown) {
  const operation = (document.paths[path] as Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }> | undefined)?.[method.toLowerCase()];
  if (!operation) return [`${method} ${path} is not in the document`];
  const response = operation.responses[String(status)];
  if (!response) return [`${method} ${path} declares no ${status} response`];
  const schema = response.content?.["application/json"]?.schema;
  if (!schema) return body === null || body === undefined || body === "" ? [] : [`${status} declares no JSON body`];
  const resolved = "$ref" in schema ? document.components.schemas.Error : schema;
  const validate = ajv.compile(resolved);
  return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
