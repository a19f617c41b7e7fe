import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError } from "@/lib/errors";
import { createS3Storage, type S3Settings } from "@/lib/storage/s3";
import type { Storage } from "@/lib/storage/types";
import { BUCKET, s3Backends } from "./s3-backends";

describe.each(s3Backends)("S3 storage against $name", (backend) => {
  describe("driver", () => {
    let stop: () => Promise<void>;
    let settings: S3Settings;
    let storage: Storage;

    beforeAll(async () => {
      const server = await backend.start();
      stop = server.stop;
      settings = { bucket: BUCKET, endpoint: server.endpoint, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true };
      storage = createS3Storage(settings);
    });
    afterAll(() => stop?.());

    it("puts, gets, checks and deletes", async () => {
      const key = "avatars/p1/a1/img1.png";
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 255]);
      expect(await storage.get(key)).toBeNull();
      expect(await storage.exists(key)).toBe(false);
      await storage.put(key, bytes, "image/png");
      expect(await storage.exists(key)).toBe(true);
      const stored = await storage.get(key);
      expect(stored?.contentType).toBe("image/png");
      expect(stored?.data.equals(bytes)).toBe(true);
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it("deletes by prefix, by name and by folder, leaving neighbours", async () => {
      for (const key of ["avatars/p2/a1/i1.png", "avatars/p2/a1/i1.thumb.jpg", "avatars/p2/a1/i2.png", "avatars/p2/a10/i1.png"]) {
        await storage.put(key, Buffer.from(key), "image/png");
      }
      await storage.deletePrefix("avatars/p2/a1/i1");
      expect(await storage.exists("avatars/p2/a1/i1.png")).toBe(false);
      expect(await storage.exists("avatars/p2/a1/i1.thumb.jpg")).toBe(false);
      expect(await storage.exists("avatars/p2/a1/i2.png")).toBe(true);

      await storage.deletePrefix("avatars/p2/a1/");
      expect(await storage.exists("avatars/p2/a1/i2.png")).toBe(false);
      expect(await storage.exists("avatars/p2/a10/i1.png")).toBe(true);
      await expect(storage.deletePrefix("avatars/empty/")).resolves.toBeUndefined();
    });

    // Defined for moto only: s3rver's bulk delete has the race described above.
    if (backend.bulkDelete) it("lists and empties a folder of more keys than one listing page holds", async () => {
      const keys = Array.from({ length: 1005 }, (_, i) => `avatars/p4/a1/i${i}.png`);
      for (let i = 0; i < keys.length; i += 50) {
        await Promise.all(keys.slice(i, i + 50).map((key) => storage.put(key, Buffer.from("x"), "image/png")));
      }
      await storage.put("avatars/p4/a10/keep.png", Buffer.from("keep"), "image/png");
      let listed = 0;
      for await (const item of storage.list("avatars/p4/a1/")) {
        expect(item.key.startsWith("avatars/p4/a1/")).toBe(true);
        listed++;
      }
      expect(listed).toBe(1005);
      await storage.deletePrefix("avatars/p4/a1/");
      expect(await storage.exists(keys[0])).toBe(false);
      expect(await storage.exists(keys[1004])).toBe(false);
      expect(await storage.exists("avatars/p4/a10/keep.png")).toBe(true);
    });

    it("gives a presigned URL that a plain fetch can read", async () => {
      const key = "avatars/p3/a1/signed.jpg";
      await storage.put(key, Buffer.from("jpeg bytes"), "image/jpeg");
      const url = await storage.url!(key);
      expect(url).toMatch(/X-Amz-Signature=/);
      const response = await fetch(url!);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
      expect(await response.text()).toBe("jpeg bytes");
    });

    it("gives a public URL when S3_PUBLIC_BASE_URL is set", async () => {
      const publicStorage = createS3Storage({ ...settings, publicBaseUrl: "https://cdn.example.com/media/" });
      expect(await publicStorage.url!("avatars/p1/a1/i.png")).toBe("https://cdn.example.com/media/avatars/p1/a1/i.png");
    });

    it("refuses unsafe keys before calling S3", async () => {
      await expect(storage.put("../x.png", Buffer.from("x"), "image/png")).rejects.toBeInstanceOf(BadRequestError);
      await expect(storage.deletePrefix("")).rejects.toBeInstanceOf(BadRequestError);
    });
  });
});
