import path from "node:path";
import { z } from "zod";
import { openAIQualities } from "@/lib/providers/image/openai-quality";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((value) => value === "1" || value === "true" || value === "yes");
const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();
/** "7d", "12h", "30m", "45s" or plain seconds → seconds (at least a minute, at most a year). */
const durationSeconds = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((value) => value || fallback)
    .pipe(z.string().regex(/^\d+\s*[dhms]?$/i, 'must be a duration such as "7d", "12h", "30m" or seconds'))
    .transform((value) => {
      const unit = value.slice(-1).toLowerCase();
      const amount = Number.parseInt(value, 10);
      return amount * ({ d: 86_400, h: 3_600, m: 60 }[unit] ?? 1);
    })
    .pipe(z.number().min(60, "must be at least a minute").max(366 * 86_400, "must be at most a year"));
const positiveInt = (fallback: number) => z.coerce.number().int().min(1).max(10_000).default(fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    APP_URL: z.url().optional(),
    DATA_DIR: z.string().trim().min(1).default("./.data"),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    AUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional().or(z.literal("").transform(() => undefined)),
    ALLOW_SIGNUP: flag.default(true),
    /** Behind a reverse proxy: take the client address from the first X-Forwarded-For hop, not the socket. */
    TRUST_PROXY: flag.default(false),
    /** Failed sign-ins in 15 minutes before that account is refused from that address (429). */
    SIGNIN_FAILURES_PER_ACCOUNT_ADDRESS: positiveInt(10),
    /** Failed sign-ins in 15 minutes, from any address, before the account is refused everywhere. */
    SIGNIN_FAILURES_PER_ACCOUNT: positiveInt(50),
    /** Failed sign-ins in 15 minutes, across accounts, before the address is refused. */
    SIGNIN_FAILURES_PER_ADDRESS: positiveInt(100),

    INNGEST_DEV: optionalString,
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_BASE_URL: z.url().optional(),
    JOBS_CONCURRENCY: positiveInt(4),
    GENERATION_CONCURRENCY_PER_USER: positiveInt(2),
    PROVIDER_CONCURRENCY: positiveInt(4),
    /**
     * How far V8 lets the JavaScript heap grow past what its last full collection kept, in percent
     * (lib/startup/configure-heap.ts); 0 leaves V8's own policy, which lets a busy server's heap reach
     * three to four times its live objects.
     */
    HEAP_GROWING_PERCENT: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.coerce
        .number({ error: "must be a whole number of percent" })
        .int("must be a whole number of percent")
        .min(0, "must be 0 (V8's own policy) or more")
        .max(1000, "must be at most 1000")
        .default(50),
    ),
    /** Embedded driver: days a completed (or cancelled) run row is kept; generations, images and batches stay. */
    JOB_RETENTION_DAYS: positiveInt(7),
    /** Embedded driver: days a failed run row is kept. */
    JOB_FAILED_RETENTION_DAYS: positiveInt(30),

    /** Webhooks may target loopback and private addresses (self-hosted setups, tests); off by default. */
    WEBHOOKS_ALLOW_PRIVATE_URLS: flag.default(false),
    /** The unit of the webhook retry backoff (1, 10, 60, 240, 960 units: about a day at the default minute). */
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(60_000),
    /** Hours a live job event is kept for `Last-Event-ID` replay. */
    JOB_EVENT_RETENTION_HOURS: positiveInt(24),

    HF_TOKEN: optionalString,
    HF_MODEL: z.string().default("black-forest-labs/FLUX.1-dev"),
    HF_IMAGE_TO_IMAGE_MODEL: z.string().default("black-forest-labs/FLUX.1-Kontext-dev"),
    HF_ENDPOINT_URL: z.url().optional(),
    HF_PROVIDER: optionalString,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: z.url().optional(),
    OPENAI_IMAGE_MODEL: z.string().default("gpt-image-1"),
    OPENAI_TEXT_MODEL: z.string().default("gpt-4o-mini"),
    /** Default image quality: gpt-image-1 low | medium | high, dall-e-3 standard | hd (checked against the model). */
    OPENAI_IMAGE_QUALITY: optionalString,
    REPLICATE_API_TOKEN: optionalString,
    /** The client's baseUrl, including /v1 (proxies and tests). */
    REPLICATE_BASE_URL: z.url().optional(),
    REPLICATE_MODEL: z.string().trim().min(1).default("black-forest-labs/flux-dev"),
    REPLICATE_REFERENCE_MODEL: z.string().trim().min(1).default("black-forest-labs/flux-kontext-pro"),
    STABILITY_API_KEY: optionalString,
    /** The API's origin; request paths start with /v2beta/. */
    STABILITY_BASE_URL: z.url().default("https://api.stability.ai"),
    STABILITY_MODEL: z.enum(["core", "ultra"], { error: "must be core or ultra" }).default("core"),
    /** The team's own ComfyUI server, e.g. http://gpu-box:8188. */
    COMFYUI_URL: z.url().optional(),
    /** A folder of workflows in ComfyUI's API format replacing the shipped ones (text-to-image.json, reference.json). */
    COMFYUI_WORKFLOW_DIR: optionalString,
    PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
    /** The longest Retry-After of a provider a generation waits out; a longer one fails the attempt (retry works later). */
    PROVIDER_MAX_RETRY_AFTER_MS: z.coerce.number().int().min(1000).default(300_000),

    S3_BUCKET: optionalString,
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: flag.default(true),
    S3_PUBLIC_BASE_URL: z.url().optional(),

    /** How long a signed image link in a manifest or an export keeps working. */
    EXPORT_LINK_TTL: durationSeconds("7d"),
    /** Lets URL imports reach loopback, private and link-local addresses (a trusted network only). */
    IMPORT_ALLOW_PRIVATE_URLS: flag.default(false),
    /** JSON price list that overrides or adds to the built-in one (lib/usage/price-table.ts). */
    PRICES_FILE: optionalString,
    /** Images a user may make per calendar month (UTC); unset: unlimited. An admin can override per user. */
    QUOTA_IMAGES_PER_MONTH: z.coerce.number().int().min(0).optional().or(z.literal("").transform(() => undefined)),
    /** Estimated USD a user may spend per calendar month (UTC); unset: unlimited. */
    QUOTA_USD_PER_MONTH: z.coerce.number().min(0).optional().or(z.literal("").transform(() => undefined)),
    /** Whether images of the offline local provider count against the image quota (they cost nothing). */
    QUOTA_COUNTS_LOCAL: flag.default(false),
    /**
     * Content safety: an image is explicit when nsfwjs's Porn + Hentai probabilities reach this (0–1).
     * Benign photos and illustrations measured here reach at most ~0.15 (docs/content-safety.md); lower
     * refuses more, higher lets more through.
     */
    SAFETY_FLAG_THRESHOLD: z.coerce.number().min(0).max(1).default(0.6),
    /** Emails (comma separated) of the users who may open /admin. */
    ADMIN_EMAILS: z
      .string()
      .default("")
      .transform((value) => value.split(",").map((email) => email.trim().toLowerCase()).filter(Boolean)),
    /** REST requests per minute per API token or browser session (429 with Retry-After past it). */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  })
  .superRefine((env, ctx) => {
    const cloudInngest = !env.INNGEST_DEV && (env.INNGEST_EVENT_KEY || env.INNGEST_SIGNING_KEY);
    if (cloudInngest && !(env.INNGEST_EVENT_KEY && env.INNGEST_SIGNING_KEY)) {
      ctx.addIssue({
        code: "custom",
        path: [env.INNGEST_EVENT_KEY ? "INNGEST_SIGNING_KEY" : "INNGEST_EVENT_KEY"],
        message: "Inngest Cloud needs both INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY",
      });
    }
    const qualities = openAIQualities(env.OPENAI_IMAGE_MODEL);
    if (env.OPENAI_IMAGE_QUALITY && !qualities.includes(env.OPENAI_IMAGE_QUALITY)) {
      ctx.addIssue({
        code: "custom",
        path: ["OPENAI_IMAGE_QUALITY"],
        message: qualities.length
          ? `must be one of ${qualities.join(", ")} for ${env.OPENAI_IMAGE_MODEL}`
          : `${env.OPENAI_IMAGE_MODEL} takes no quality setting; leave it empty`,
      });
    }
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (openssl rand -base64 32)" });
    }
  });

export type Env = z.infer<typeof envSchema>;
export type JobsMode = "embedded" | "dev" | "cloud";

export interface Config extends Env {
  dataDir: string;
  database: "postgres" | "embedded";
  jobsMode: JobsMode;
  storage: "s3" | "local";
}

/** Parses an environment; a bad value throws an error that names the variable and why. */
export function parseConfig(source: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const jobsMode: JobsMode = env.INNGEST_DEV && env.INNGEST_DEV !== "0" ? "dev" : env.INNGEST_EVENT_KEY ? "cloud" : "embedded";
  return {
    ...env,
    dataDir: path.resolve(env.DATA_DIR),
    database: env.DATABASE_URL ? "postgres" : "embedded",
    jobsMode,
    storage: env.S3_BUCKET ? "s3" : "local",
  };
}

const globalForConfig = globalThis as unknown as { likenessConfig?: Config };

/** The process's configuration, parsed once. */
export function getConfig(): Config {
  globalForConfig.likenessConfig ??= parseConfig(process.env);
  return globalForConfig.likenessConfig;
}

/** For tests that change the environment between cases. */
export function resetConfig() {
  globalForConfig.likenessConfig = undefined;
}
