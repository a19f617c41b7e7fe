import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseConfig, resetConfig } from "@/lib/config/env";
import { createStorageFromConfig, getStorage, resetStorage } from "@/lib/storage";
import { deleteStoredFiles } from "@/lib/storage/delete-stored-files";

let dir: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "likeness-get-storage-"));
});
afterEach(() => {
  process.env = { ...savedEnv };
  resetConfig();
  resetStorage();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("getStorage", () => {
  it("uses local files under DATA_DIR/files without S3_BUCKET, once per process", async () => {
    process.env.DATA_DIR = dir;
    delete process.env.S3_BUCKET;
    resetConfig();
    const storage = getStorage();
    expect(storage.driver).toBe("local");
    expect(getStorage()).toBe(storage);
    await storage.put("avatars/p/a/i.png", Buffer.from("x"), "image/png");
    expect(await createStorageFromConfig(parseConfig({ DATA_DIR: dir })).exists("avatars/p/a/i.png")).toBe(true);
  });

  it("uses S3 when S3_BUCKET is set", () => {
    const config = parseConfig({ S3_BUCKET: "media", S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" });
    expect(createStorageFromConfig(config).driver).toBe("s3");
  });
});

describe("deleteStoredFiles", () => {
  it("deletes a prefix, and only logs when storage fails", async () => {
    process.env.DATA_DIR = dir;
    resetConfig();
    await getStorage().put("avatars/p9/a1/i.png", Buffer.from("x"), "image/png");
    await deleteStoredFiles("avatars/p9/a1/");
    expect(await getStorage().exists("avatars/p9/a1/i.png")).toBe(false);

    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(deleteStoredFiles("../escape/")).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
