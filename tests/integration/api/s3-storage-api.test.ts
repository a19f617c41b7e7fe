import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";
import { waitForGeneration } from "../../support/wait-for-generation";

/** The production shape (PostgreSQL + S3) with no code change: only settings differ. */
describe("the app on PostgreSQL with S3 storage", () => {
  let app: TestApp;
  let s3: S3rver;
  let directory: string;
  let endpoint: string;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "likeness-s3-"));
    s3 = new S3rver({ port: 0, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: "likeness" }] });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    app = await startTestApp({
      database: "postgres",
      env: { S3_BUCKET: "likeness", S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "true" },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await s3?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("stores generated images in the bucket under avatars/<project>/<avatar>/ and serves them via presigned URLs", async () => {
    const { api, token } = await signUpUser(app.url);
    expect((await api.get("/api/v1/health")).body.storage).toBe("s3");
    const projectId = (await api.post("/api/v1/projects", { name: "S3" })).body.project.id;
    const res = await api.post(`/api/v1/projects/${projectId}/avatars/generate`, { name: "Bucket", prompt: "p", width: 512, height: 512 });
    expect((await waitForGeneration(api, res.body.generation.id)).status).toBe("completed");

    const client = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: "likeness", Prefix: `avatars/${projectId}/${res.body.avatar.id}/` }));
    expect(listed.Contents?.map((object) => object.Key?.split("/").pop()).sort()).toEqual([
      expect.stringMatching(/\.png$/),
      expect.stringMatching(/\.thumb\.jpg$/),
    ]);

    const image = (await api.get(`/api/v1/avatars/${res.body.avatar.id}`)).body.avatar.baseImage;
    const redirect = await fetch(`${app.url}${image.url}`, { headers: { authorization: `Bearer ${token}` }, redirect: "manual" });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location")!;
    expect(location).toContain(endpoint);
    expect(location).toMatch(/X-Amz-Signature=/);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).length).toBe(image.sizeBytes);

    const anonymous = await fetch(`${app.url}${image.url}`, { redirect: "manual" });
    expect(anonymous.status).toBe(401);

    expect((await api.delete(`/api/v1/projects/${projectId}`)).status).toBe(204);
    const after = await client.send(new ListObjectsV2Command({ Bucket: "likeness", Prefix: `avatars/${projectId}/` }));
    expect(after.KeyCount ?? 0).toBe(0);
    client.destroy();
  });
});
