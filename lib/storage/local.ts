import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertStorageKey, assertStoragePrefix } from "./assert-storage-key";
import type { ListedKey, Storage } from "./types";

/*
 * Files under <dataDir>/files/<key>. Content types live in <root>/.meta/<key>.json and writes go through
 * <root>/.tmp, both out of reach of keys (no key segment may start with "."). A rename within one
 * filesystem is atomic, so readers see the old or the new file, never a partial one.
 */

const FALLBACK_TYPES: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" };

function isMissing(err: unknown) {
  const code = (err as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

export function createLocalStorage(rootDir: string): Storage {
  const root = path.resolve(rootDir);
  const metaRoot = path.join(root, ".meta");
  const tmpRoot = path.join(root, ".tmp");

  function resolveInside(base: string, relative: string) {
    const resolved = path.resolve(base, relative);
    // Belt and braces on top of assertStorageKey: the path must stay under the base directory.
    if (!resolved.startsWith(base + path.sep)) throw new Error(`Storage path escapes its root: ${relative}`);
    return resolved;
  }
  const filePath = (key: string) => (assertStorageKey(key), resolveInside(root, key));
  const metaPath = (key: string) => resolveInside(metaRoot, `${key}.json`);

  async function writeAtomically(target: string, data: Buffer | string) {
    await mkdir(tmpRoot, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(tmpRoot, `${randomBytes(12).toString("hex")}.tmp`);
    try {
      await writeFile(temp, data);
      await rename(temp, target);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  async function removeMatching(base: string, prefix: string) {
    if (prefix.endsWith("/")) return rm(resolveInside(base, prefix), { recursive: true, force: true });
    const dir = path.dirname(resolveInside(base, prefix));
    const namePrefix = path.basename(prefix);
    const entries = await readdir(dir).catch((err) => (isMissing(err) ? [] : Promise.reject(err)));
    await Promise.all(entries.filter((name) => name.startsWith(namePrefix)).map((name) => rm(path.join(dir, name), { recursive: true, force: true })));
  }

  // Walks a folder depth-first; entries starting with "." (.meta, .tmp) are never keys.
  async function* walk(dir: string, keyPrefix: string): AsyncGenerator<ListedKey> {
    const entries = await readdir(dir, { withFileTypes: true }).catch((err) => (isMissing(err) ? [] : Promise.reject(err)));
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(full, `${keyPrefix}${entry.name}/`);
      else if (entry.isFile()) {
        const info = await stat(full).catch(() => null);
        if (info) yield { key: `${keyPrefix}${entry.name}`, modifiedAt: info.mtime, size: info.size };
      }
    }
  }

  return {
    driver: "local",
    async put(key, data, contentType) {
      const target = filePath(key);
      await writeAtomically(metaPath(key), JSON.stringify({ contentType }));
      await writeAtomically(target, data);
    },
    async get(key) {
      const target = filePath(key);
      let data: Buffer;
      try {
        data = await readFile(target);
      } catch (err) {
        if (isMissing(err) || (err as NodeJS.ErrnoException).code === "EISDIR") return null;
        throw err;
      }
      const meta = await readFile(metaPath(key), "utf8").then((text) => JSON.parse(text) as { contentType?: string }, () => ({}) as { contentType?: string });
      const contentType = meta.contentType ?? FALLBACK_TYPES[path.extname(key).toLowerCase()] ?? "application/octet-stream";
      return { data, contentType };
    },
    async delete(key) {
      const target = filePath(key);
      await rm(target, { force: true });
      await rm(metaPath(key), { force: true });
    },
    async deletePrefix(prefix) {
      assertStoragePrefix(prefix);
      await removeMatching(root, prefix);
      await removeMatching(metaRoot, prefix);
    },
    async exists(key) {
      const target = filePath(key);
      return stat(target).then((info) => info.isFile(), () => false);
    },
    async *list(prefix) {
      if (prefix) assertStoragePrefix(prefix);
      // Walk only the folder the prefix names; its last segment may be a partial name.
      const folder = prefix.slice(0, prefix.lastIndexOf("/") + 1);
      const start = folder ? resolveInside(root, folder) : root;
      for await (const listed of walk(start, folder)) {
        if (listed.key.startsWith(prefix)) yield listed;
      }
    },
  };
}
