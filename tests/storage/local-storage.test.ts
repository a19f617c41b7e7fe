import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError } from "@/lib/errors";
import { createLocalStorage } from "@/lib/storage/local";
import type { Storage } from "@/lib/storage/types";

let dir: string;
let storage: Storage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "likeness-storage-"));
  storage = createLocalStorage(path.join(dir, "files"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("local storage", () => {
  it("round-trips bytes and content type, and overwrites", async () => {
    const key = "avatars/p1/a1/img1.png";
    expect(await storage.get(key)).toBeNull();
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Buffer.from("first"), "image/png");
    await storage.put(key, Buffer.from("second"), "image/webp");
    expect(await storage.exists(key)).toBe(true);
    const stored = await storage.get(key);
    expect(stored?.data.toString()).toBe("second");
    expect(stored?.contentType).toBe("image/webp");
    expect(storage.url).toBeUndefined();
  });

  it("writes through a temp file and leaves none behind", async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => storage.put("avatars/p1/a1/same.png", Buffer.alloc(50_000, i), "image/png")));
    const stored = await storage.get("avatars/p1/a1/same.png");
    expect(stored?.data.length).toBe(50_000);
    expect(new Set(stored!.data).size).toBe(1); // one whole write, never a mix
    expect(await readdir(path.join(dir, "files", ".tmp"))).toEqual([]);
  });

  it("deletes a key, and deleting a missing key succeeds", async () => {
    await storage.put("avatars/p1/a1/gone.png", Buffer.from("x"), "image/png");
    await storage.delete("avatars/p1/a1/gone.png");
    expect(await storage.get("avatars/p1/a1/gone.png")).toBeNull();
    await expect(storage.delete("avatars/p1/a1/never.png")).resolves.toBeUndefined();
  });

  it("deletes by prefix, folder or name, without touching neighbours", async () => {
    for (const key of ["avatars/p2/a1/i1.png", "avatars/p2/a1/i1.thumb.jpg", "avatars/p2/a1/i2.png", "avatars/p2/a10/i1.png", "avatars/p2/a2/i1.png"]) {
      await storage.put(key, Buffer.from(key), "image/png");
    }
    await storage.deletePrefix("avatars/p2/a1/i1");
    expect(await storage.exists("avatars/p2/a1/i1.png")).toBe(false);
    expect(await storage.exists("avatars/p2/a1/i1.thumb.jpg")).toBe(false);
    expect(await storage.exists("avatars/p2/a1/i2.png")).toBe(true);

    await storage.deletePrefix("avatars/p2/a1/");
    expect(await storage.exists("avatars/p2/a1/i2.png")).toBe(false);
    expect(await storage.exists("avatars/p2/a10/i1.png")).toBe(true);
    expect(await storage.exists("avatars/p2/a2/i1.png")).toBe(true);
    await expect(storage.deletePrefix("avatars/nothing-here/")).resolves.toBeUndefined();
  });

  it.each([
    "../outside.png",
    "avatars/../../outside.png",
    "/etc/passwd",
    "avatars\\..\\x.png",
    "avatars//x.png",
    "avatars/./x.png",
    ".meta/avatars/x.png.json",
    ".tmp/x",
    "avatars/%2e%2e/x.png",
    "avatars/x.png\0.txt",
    "",
  ])("rejects the key %j", async (key) => {
    await expect(storage.put(key, Buffer.from("x"), "image/png")).rejects.toBeInstanceOf(BadRequestError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(BadRequestError);
    await expect(storage.delete(key)).rejects.toBeInstanceOf(BadRequestError);
  });

  it("lists keys by prefix (a folder or a partial name) with their write time, never its .meta or .tmp files", async () => {
    const before = Date.now() - 1000;
    for (const key of ["avatars/p9/a1/i1.png", "avatars/p9/a1/i1.thumb.jpg", "avatars/p9/a10/i2.png", "avatars/p90/a1/i3.png"]) {
      await storage.put(key, Buffer.from(key), "image/png");
    }
    const keys = async (prefix: string) => {
      const listed = [];
      for await (const item of storage.list(prefix)) listed.push(item);
      return listed;
    };
    expect((await keys("avatars/p9/")).map((item) => item.key).sort()).toEqual(["avatars/p9/a1/i1.png", "avatars/p9/a1/i1.thumb.jpg", "avatars/p9/a10/i2.png"]);
    expect((await keys("avatars/p9/a1")).map((item) => item.key).sort()).toEqual(["avatars/p9/a1/i1.png", "avatars/p9/a1/i1.thumb.jpg", "avatars/p9/a10/i2.png"]);
    const [first] = await keys("avatars/p9/a1/i1.png");
    expect(first).toMatchObject({ key: "avatars/p9/a1/i1.png", size: "avatars/p9/a1/i1.png".length });
    expect(first.modifiedAt.getTime()).toBeGreaterThan(before);
    const all = (await keys("")).map((item) => item.key);
    expect(all).toContain("avatars/p90/a1/i3.png");
    expect(all.some((key) => key.startsWith(".") || key.includes("/."))).toBe(false);
    expect(await keys("avatars/none/")).toEqual([]);
    await expect(keys("../")).rejects.toBeInstanceOf(BadRequestError);
  });

  it("rejects an empty or escaping prefix", async () => {
    await expect(storage.deletePrefix("")).rejects.toBeInstanceOf(BadRequestError);
    await expect(storage.deletePrefix("../")).rejects.toBeInstanceOf(BadRequestError);
    await expect(storage.deletePrefix("/")).rejects.toBeInstanceOf(BadRequestError);
  });
});
