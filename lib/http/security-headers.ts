/**
 * The security headers of every response. Kept free of app imports (next.config.ts loads it).
 * next.config.ts sends the fixed ones on every path; proxy.ts adds the Content-Security-Policy,
 * which needs a fresh nonce per page and the storage origins of this process's configuration.
 */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

export interface PagePolicyOptions {
  nonce: string;
  /** Development: React and Next.js need eval (error stacks, fast refresh) and the HMR websocket. */
  dev: boolean;
  /** Origins images may also come from: S3 or its CDN, where image routes redirect. */
  imageOrigins?: string[];
}

/**
 * The CSP of a page. Scripts run only with this response's nonce, which Next.js reads from the
 * request's CSP header and puts on its own scripts; 'strict-dynamic' lets them load their chunks.
 * Styles allow 'unsafe-inline' because server-rendered style attributes (progress bar widths) are
 * inline styles that a nonce cannot cover. Previews use blob: and data: images.
 */
export function pageContentSecurityPolicy({ nonce, dev, imageOrigins = [] }: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...imageOrigins].join(" "),
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** JSON, files and the rest: nothing in them may run or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The origins of S3 settings that image URLs may point at (a public base URL, a custom endpoint, or AWS itself). */
export function storageImageOrigins(settings: { S3_BUCKET?: string; S3_ENDPOINT?: string; S3_PUBLIC_BASE_URL?: string }): string[] {
  if (!settings.S3_BUCKET) return [];
  const origins = [settings.S3_PUBLIC_BASE_URL, settings.S3_ENDPOINT].flatMap((url) => {
    try {
      return url ? [new URL(url).origin] : [];
    } catch {
      return [];
    }
  });
  return settings.S3_ENDPOINT ? origins : [...origins, "https://*.amazonaws.com"];
}
