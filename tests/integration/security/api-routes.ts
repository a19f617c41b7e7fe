import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export interface ApiRoute {
  /** "/api/v1/projects/:projectId/avatars". */
  template: string;
  file: string;
  /** Names of the dynamic segments, in order ("path" for the catch-all). */
  params: string[];
  methods: Method[];
  /**
   * What the route's `refuseOtherMethods` fallback answers (405 JSON; OPTIONS 204), read apart from
   * `methods`: a fallback is never a real method.
   */
  refused: string[];
  /** Anyone may call it (withPublic): no session, so no Origin check. */
  isPublic: boolean;
  /** Its writes read a JSON body (parseJsonBody / parseOptionalJsonBody). */
  readsJson: boolean;
  /** Its POST reads a multipart upload (readUpload). */
  readsUpload: boolean;
  /** Its GET takes `?cursor=` (keyset pagination). */
  paginated: boolean;
}

const ROOT = path.resolve(import.meta.dirname, "../../..");
const API_DIR = path.join(ROOT, "app/api/v1");

/** Every route.ts under app/api/v1, read from the disk, so a new route is in the suite the moment it exists. */
export function discoverApiRoutes(): ApiRoute[] {
  return readdirSync(API_DIR, { recursive: true, encoding: "utf8" })
    .filter((name) => path.basename(name) === "route.ts")
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(API_DIR, name), "utf8");
      const segments = path.dirname(name) === "." ? [] : path.dirname(name).split(path.sep);
      const params: string[] = [];
      const template = segments
        .map((segment) => {
          const dynamic = /^\[{1,2}(?:\.\.\.)?(\w+)\]{1,2}$/.exec(segment);
          if (!dynamic) return segment;
          params.push(dynamic[1]);
          return `:${dynamic[1]}`;
        })
        .join("/");
      const exported = new Set<string>();
      for (const match of source.matchAll(/export const (\w+)\s*=/g)) exported.add(match[1]);
      for (const match of source.matchAll(/\bas (\w+)\b/g)) exported.add(match[1]);
      const fallback = /export const \{([^}]*)\}\s*=\s*refuseOtherMethods\(/.exec(source);
      return {
        template: `/api/v1/${template}`.replace(/\/$/, ""),
        file: `app/api/v1/${name}`,
        params,
        methods: METHODS.filter((method) => exported.has(method)),
        refused: fallback ? fallback[1].split(",").map((name) => name.trim()).filter(Boolean) : [],
        isPublic: /\bwithPublic\b/.test(source) && !/\bwithUser\b/.test(source),
        readsJson: /\bparse(Optional)?JsonBody\b/.test(source),
        readsUpload: /\breadUpload\b/.test(source),
        paginated: /\b(pageParamsSchema|avatarListQuerySchema|jobListQuerySchema)\b/.test(source),
      };
    });
}

/** The Allow header a route answering `methods` sends, as Next.js writes it: HEAD beside GET, OPTIONS always, sorted. */
export function allowFor(methods: readonly Method[]): string {
  return [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
}

/** The route's path with each `:param` replaced (values are put in as given: encode them yourself). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for :${name} in ${template}`);
    return values[name];
  });
}
