import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { refuseOtherMethods } from "@/lib/api/refuse-other-methods";
import { withPublic } from "@/lib/api/with-user";

export const GET = withPublic(async () => Response.json(buildOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = refuseOtherMethods({ GET });
