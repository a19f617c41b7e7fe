import { createHash } from "node:crypto";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signUpUser } from "../../support/api-client";
import { mockResponses, startMockModelServer, type MockModelServer } from "../../support/mock-model-server";
import { startTestApp, type TestApp } from "../support/start-test-app";

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

async function newProject(api: ApiClient, name = "Batches") {
  const res = await api.post("/api/v1/projects", { name });
  expect(res.status).toBe(201);
  return res.body.project.id as string;
}

async function waitForBatch(api: ApiClient, batchId: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await api.get(`/api/v1/batches/${batchId}`);
    expect(res.status).toBe(200);
    if (res.body.batch.status === "completed" || res.body.batch.status === "failed") return res.body.batch;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`batch ${batchId} did not finish in ${timeoutMs} ms`);
}

describe("persona batches over REST", () => {
  let app: TestApp;
  let mock: MockModelServer;
  let owner: Awaited<ReturnType<typeof signUpUser>>;
  let projectId: string;
  let batch: any;

  beforeAll(async () => {
    mock = await startMockModelServer();
    // Hugging Face points at the mock so one test can make a provider call fail; the rest use the local provider.
    app = await startTestApp({ database: "postgres", env: { HF_TOKEN: "x", HF_ENDPOINT_URL: mock.huggingFaceUrl, OPENAI_API_KEY: "" } });
    owner = await signUpUser(app.url, "batcher");
    projectId = await newProject(owner.api);
  });

  afterAll(async () => {
    await app?.stop();
    await mock?.close();
  });

  it("accepts a 5-persona batch with images (202) and runs it to completed", async () => {
    const started = Date.now();
    const res = await owner.api.post(`/api/v1/projects/${projectId}/batches`, { count: 5, brief: "European tech professionals aged 25-40", images: true, provider: "local" });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.batch).toMatchObject({ id: expect.any(String), status: "pending", total: 5, imagesTotal: 25, personasDone: 0, autoApprove: "if-quality-good", personasInReview: 0 });
    // A running batch has nothing to retry yet.
    expect((await owner.api.post(`/api/v1/batches/${res.body.batch.id}/retry-failed`)).status).toBe(409);

    batch = await waitForBatch(owner.api, res.body.batch.id);
    console.log(`[batches-api] 5 personas with images, local provider: ${Date.now() - started} ms`);
    expect(batch).toMatchObject({ status: "completed", total: 5, personasDone: 5, personasFailed: 0, imagesDone: 25, imagesTotal: 25, errorLog: [] });
    expect(batch.durationMs).toBeGreaterThan(0);
    expect(batch.avatars).toHaveLength(5);
    expect(new Set(batch.avatars.map((a: { name: string }) => a.name)).size).toBe(5);
    for (const avatar of batch.avatars) {
      expect(avatar).toMatchObject({ id: expect.any(String), name: expect.any(String), status: "approved", baseImage: { thumbnailUrl: expect.any(String) } });
      expect(avatar.variations).toHaveLength(4);
    }
    const list = await owner.api.get(`/api/v1/projects/${projectId}/batches`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ batches: [{ id: batch.id, status: "completed", total: 5 }], nextCursor: null });
    expect((await owner.api.post(`/api/v1/batches/${batch.id}/retry-failed`)).status).toBe(400);
  });

  it("refuses a count outside 1–100, unknown fields and an unavailable provider with 400", async () => {
    const url = `/api/v1/projects/${projectId}/batches`;
    for (const count of [0, 101, 2.5]) {
      const res = await owner.api.post(url, { count });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/count/);
    }
    expect((await owner.api.post(url, { count: 2, colour: "red" })).status).toBe(400);
    const rule = await owner.api.post(url, { count: 2, autoApprove: "sometimes" });
    expect(rule.status).toBe(400);
    expect(rule.body).toMatchObject({ code: "invalid_input", error: expect.stringMatching(/autoApprove must be "always", "if-quality-good" or "never"/) });
    const openai = await owner.api.post(url, { count: 2, provider: "openai" });
    expect(openai.status).toBe(400);
    expect(openai.body).toEqual({
      error: "openai is not available. Check OPENAI_API_KEY configuration",
      code: "provider_unavailable",
      details: { provider: ["openai is not available. Check OPENAI_API_KEY configuration"] },
    });
    expect((await owner.api.get(`/api/v1/projects/${projectId}/batches`)).body.batches).toHaveLength(1);
  });

  it("exports JSON and a CSV with one row per persona and working image URLs", async () => {
    const json = await owner.api.raw(`/api/v1/batches/${batch.id}/export?format=json`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="likeness-batch-${batch.id}.json"`);
    const document = await json.json();
    expect(document.batch).toMatchObject({ id: batch.id, count: 5, status: "completed" });
    expect(document.personas.map((p: { id: string }) => p.id)).toEqual(batch.avatars.map((a: { id: string }) => a.id));

    const csv = await owner.api.raw(`/api/v1/batches/${batch.id}/export?format=csv`);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/filename="likeness-batch-.+\.csv"/);
    const [header, ...rows] = parseCsv(await csv.text());
    expect(rows).toHaveLength(5);
    const column = (name: string) => header.indexOf(name);
    expect(rows.map((row) => `${row[column("firstname")]} ${row[column("lastname")]}`)).toEqual(batch.avatars.map((a: { name: string }) => a.name));
    for (const row of rows) {
      expect(row[column("base_image_url")]).toMatch(new RegExp(`^${app.url}/api/v1/links/images/.+\\?exp=\\d+&sig=`));
      for (const n of [1, 2, 3, 4]) expect(row[column(`image_${n}_url`)]).toMatch(new RegExp(`^${app.url}/api/v1/links/images/`));
    }
    // Signed links work without a token.
    const image = await fetch(rows[0][column("base_image_url")]);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");

    const bad = await owner.api.get(`/api/v1/batches/${batch.id}/export?format=xml`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/format must be one of: json, csv, zip/);
  });

  it("exports a ZIP whose manifest lists exactly its files, with matching sizes and checksums", async () => {
    const res = await owner.api.raw(`/api/v1/batches/${batch.id}/export?format=zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(/filename="likeness-batch-.+\.zip"/);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    const files = Object.values(zip.files).filter((f) => !f.dir && f.name !== "manifest.json").map((f) => f.name).sort();
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(files);
    expect(manifest.files.filter((f: { kind?: string }) => f.kind)).toHaveLength(25);
    for (const entry of manifest.files) {
      const data = await zip.file(entry.path)!.async("nodebuffer");
      expect({ path: entry.path, size: data.length, md5: md5(data) }).toEqual({ path: entry.path, size: entry.size, md5: entry.md5 });
    }
    const inner = JSON.parse(await zip.file("batch.json")!.async("string"));
    expect(inner.personas).toHaveLength(5);
  });

  it("reads another user's batch as 404 on every batch route", async () => {
    const stranger = await signUpUser(app.url, "stranger");
    expect((await stranger.api.get(`/api/v1/batches/${batch.id}`)).status).toBe(404);
    for (const format of ["json", "csv", "zip"]) expect((await stranger.api.get(`/api/v1/batches/${batch.id}/export?format=${format}`)).status).toBe(404);
    expect((await stranger.api.post(`/api/v1/batches/${batch.id}/retry-failed`)).status).toBe(404);
    expect((await stranger.api.get(`/api/v1/projects/${projectId}/batches`)).status).toBe(404);
    expect((await stranger.api.post(`/api/v1/projects/${projectId}/batches`, { count: 1 })).status).toBe(404);
    expect((await stranger.api.get(`/api/v1/batches/nope`)).status).toBe(404);
  });

  it("completes a batch in which one persona's provider call fails for good, logs why, and retries only that persona", async () => {
    mock.enqueue("huggingface", mockResponses.badRequest("Input validation error: prompt is not allowed"));
    // The mock draws patterns, not faces: "always" keeps the quality check from holding every base for review.
    const res = await owner.api.post(`/api/v1/projects/${projectId}/batches`, { count: 3, provider: "huggingface", autoApprove: "always" });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const finished = await waitForBatch(owner.api, res.body.batch.id);
    expect(finished).toMatchObject({ status: "completed", personasDone: 2, personasFailed: 1, imagesDone: 10, imagesTotal: 15 });
    expect(finished.errorLog).toHaveLength(1);
    const failed = finished.avatars.find((a: { batchPersona: { status: string } }) => a.batchPersona.status === "failed");
    expect(finished.errorLog[0]).toMatchObject({ avatarId: failed.id, name: failed.name, stage: "base", at: expect.any(String) });
    expect(finished.errorLog[0].message).toMatch(/prompt is not allowed/);

    const retry = await owner.api.post(`/api/v1/batches/${finished.id}/retry-failed`);
    expect(retry.status, JSON.stringify(retry.body)).toBe(202);
    expect(retry.body.batch).toMatchObject({ id: finished.id, status: "pending", personasDone: 2, errorLog: [] });
    const retried = await waitForBatch(owner.api, finished.id);
    expect(retried).toMatchObject({ status: "completed", personasDone: 3, personasFailed: 0, imagesDone: 15, errorLog: [] });
    // 3 base calls (one failed) + 8 variations, then 1 base + 4 variations on retry: nobody else was regenerated.
    expect(mock.requestsFor("huggingface")).toHaveLength(3 + 8 + 1 + 4);
  });
});
