import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

const root = path.resolve(import.meta.dirname, "../..");

/** Every route file under app/api/v1 with its methods, as OpenAPI paths: [projectId] → {projectId}. */
function routeOperations() {
  const files = readdirSync(path.join(root, "app/api/v1"), { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
  return files.flatMap((file) => {
    const source = readFileSync(path.join(root, "app/api/v1", file), "utf8");
    const dir = path.dirname(file) === "." ? "" : `/${path.dirname(file)}`;
    const apiPath = `/api/v1${dir.split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    return [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(([, method]) => `${method.toLowerCase()} ${apiPath}`);
  });
}

function documentedOperations(document: ReturnType<typeof buildOpenApiDocument>) {
  return Object.entries(document.paths).flatMap(([apiPath, methods]) => Object.keys(methods).map((method) => `${method} ${apiPath}`));
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument();

  it("describes every method of every route.ts under app/api/v1, and nothing that does not exist", () => {
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((op) => !documentedOperations(document).includes(op)), "routes missing from lib/api/openapi/areas").toEqual([]);
    expect(documentedOperations(document).filter((op) => !routes.includes(op)), "documented operations with no route").toEqual([]);
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe("3.1.0");
  });

  it("takes request bodies from the routes' own zod schemas, with Bearer auth and the error shape", () => {
    const create = document.paths["/api/v1/webhooks"].post as { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; additionalProperties: boolean } }> }; responses: Record<string, unknown> };
    const schema = create.requestBody.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(["url", "events"]);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.stringify(schema.properties.events)).toContain("batch.cancelled");
    expect(create.responses).toHaveProperty("400");
    expect(create.responses).toHaveProperty("401");
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components.schemas.Error).toMatchObject({ required: ["error", "code"] });
    const signup = document.paths["/api/v1/auth/signup"].post as { security: unknown[] };
    expect(signup.security).toEqual([]);
  });
});
