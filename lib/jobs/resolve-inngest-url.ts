import type { Config } from "@/lib/config/env";

/**
 * Where the Inngest server is in dev and cloud modes: INNGEST_BASE_URL (a self-hosted `inngest start`),
 * else INNGEST_DEV when it holds a URL, else the SDK's default (localhost:8288 for dev, Inngest Cloud).
 */
export function resolveInngestUrl(config: Pick<Config, "jobsMode" | "INNGEST_BASE_URL" | "INNGEST_DEV">): string | undefined {
  if (config.INNGEST_BASE_URL) return config.INNGEST_BASE_URL;
  if (config.jobsMode === "dev" && config.INNGEST_DEV && /^https?:\/\//.test(config.INNGEST_DEV)) return config.INNGEST_DEV;
  return undefined;
}
