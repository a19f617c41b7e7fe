import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { startMotoServer } from "./start-moto-server";

export const BUCKET = "likeness-test";

export interface S3Backend {
  name: string;
  start(): Promise<{ endpoint: string; stop(): Promise<void> }>;
  /**
   * s3rver 3.7 deletes the objects of one DeleteObjects call in parallel and then races to remove the
   * emptied folder (ENOENT → 500), so emptying a folder of many keys at once is tested on moto only.
   */
  bulkDelete: boolean;
}

/** The two S3 emulators the storage tests run against. */
export const s3Backends: S3Backend[] = [
  {
    name: "s3rver (in-process)",
    bulkDelete: false,
    async start() {
      const directory = await mkdtemp(path.join(tmpdir(), "likeness-s3rver-"));
      const server = new S3rver({ port: 0, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: BUCKET }] });
      const { port } = await server.run();
      return {
        endpoint: `http://127.0.0.1:${port}`,
        async stop() {
          await server.close();
          await rm(directory, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: "moto_server",
    bulkDelete: true,
    async start() {
      const moto = await startMotoServer();
      const client = new S3Client({ endpoint: moto.endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "x", secretAccessKey: "x" } });
      await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
      client.destroy();
      return moto;
    },
  },
];
