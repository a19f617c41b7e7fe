import path from "node:path";
import { getConfig, type Config } from "@/lib/config/env";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { Storage } from "./types";

export type { Storage, StoredObject } from "./types";

/** S3 when S3_BUCKET is set, else files under <DATA_DIR>/files. */
export function createStorageFromConfig(config: Config): Storage {
  if (config.storage === "s3" && config.S3_BUCKET) {
    return createS3Storage({
      bucket: config.S3_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      publicBaseUrl: config.S3_PUBLIC_BASE_URL,
    });
  }
  return createLocalStorage(path.join(config.dataDir, "files"));
}

// On globalThis because Next.js may evaluate this module more than once per process.
const globalForStorage = globalThis as unknown as { likenessStorage?: Storage };

/** The process's storage, chosen from configuration once. */
export function getStorage(): Storage {
  globalForStorage.likenessStorage ??= createStorageFromConfig(getConfig());
  return globalForStorage.likenessStorage;
}

/** For tests that change the environment between cases (call resetConfig too). */
export function resetStorage() {
  globalForStorage.likenessStorage = undefined;
}
