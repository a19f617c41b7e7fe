import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../lib/personas");
const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

describe("lib/personas", () => {
  it("is pure: nothing in it touches the database, the batch records or the job layer", () => {
    const offenders = files(root).flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)]
        .map((match) => match[1])
        .filter((spec) => /^@\/(lib\/(db|batches|jobs|storage|generations)|inngest)(\/|$)|prisma/.test(spec))
        .map((spec) => `${path.relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
