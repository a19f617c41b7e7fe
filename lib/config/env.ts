import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((value) => value === "1" || value === "true" || value === "yes");
const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();
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

    INNGEST_DEV: optionalString,
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_BASE_URL: z.url().optional(),
    JOBS_CONCURRENCY: positiveInt(4),
    GENERATION_CONCURRENCY_PER_USER: positiveInt(2),
    PROVIDER_CONCURRENCY: positiveInt(4),
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
    PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),

    S3_BUCKET: optionalString,
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: flag.default(true),
    S3_PUBLIC_BASE_URL: z.url().optional(),
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
