import { createHash } from "node:crypto";
import JSZip from "jszip";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiClient, signUpUser } from "../../support/api-client";
import {
  AVATAR_CREATOR_ATTRIBUTES,
  AVATAR_CREATOR_EVERYTHING,
  AVATAR_CREATOR_PERSONA,
  AVATAR_CREATOR_SIMPLE,
  SEED_WORKFLOW_CREATE_PERSONA,
} from "../../support/seed-requests";
import { startTestApp, type TestApp } from "../support/start-test-app";

const md5 = (data: Buffer) => createHash("md5").update(data).digest("hex");
const STATUS_NAMES = ["pending", "generating-data", "data-generated", "generating-images", "completed", "failed", "cancelled"];

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not finish in 90 s`);
}

/** Sends `body` exactly as given, as curl -d does. */
const sendRaw = (api: ApiClient, path: string, body: string) => api.post(path, body, { "content-type": "application/json" });

describe.each(["postgres", "embedded"] as const)("seed contracts over REST on the %s database", (database) => {
  let app: TestApp;
  let api: ApiClient;
  let projectId: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    ({ api } = await signUpUser(app.url, "seeds"));
    projectId = (await api.post("/api/v1/projects", { name: "Seeds" })).body.project.id;
  }, 120_000);
  afterAll(async () => app?.stop());

  it("answers the avatar creator's four documented requests, byte for byte, with 202 and their values in the prompt", async () => {
    const path = `/api/v1/projects/${projectId}/avatars/generate`;
    const expected: [string, string[]][] = [
      [AVATAR_CREATOR_SIMPLE, ["professional portrait of a confident person"]],
      [AVATAR_CREATOR_PERSONA, ["32-year-old", "professional, confident, friendly personality", "Senior marketing executive with 10 years experience", "professional business portrait in modern office"]],
      [AVATAR_CREATOR_ATTRIBUTES, ["woman", "adult", "asian ethnicity", "long straight black hair", "brown eyes", "medium skin", "corporate headshot", "confident business woman in elegant attire"]],
      [AVATAR_CREATOR_EVERYTHING, ["38-year-old East Asian man", "athletic build", "short modern hair", "dark brown eyes", "medium skin", "Tech startup founder and CEO", "smiling confidently in modern office"]],
    ];
    for (const [body, words] of expected) {
      const res = await sendRaw(api, path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      const name = JSON.parse(body).name;
      expect(res.body.avatar).toMatchObject({ name, baseImageStatus: "pending_upload", appearanceLocked: false });
      for (const word of words) expect(res.body.generation.prompt, name).toContain(word);
    }
    const last = await sendRaw(api, path, AVATAR_CREATOR_EVERYTHING);
    expect(last.body.generation).toMatchObject({ seed: 12345, width: 1024, height: 1024 });
    expect(last.body.avatar.persona).toMatchObject({ name: "David Chen", age: 38, personalityTraits: ["professional", "charismatic", "innovative"] });
    expect(last.body.avatar.attributes).toMatchObject({ ethnicity: "east asian", style: "corporate headshot", eyeColor: "dark brown" });
    expect(last.body.avatar.appearanceDescription).toBe("adult, short modern hair");
  });

  it("refuses a field sent flat and nested with a 400 naming it, and still refuses unknown keys", async () => {
    const path = `/api/v1/projects/${projectId}/avatars/generate`;
    const both = await api.post(path, { name: "x", prompt: "y", ethnicity: "east-asian", attributes: { ethnicity: "white" } });
    expect(both).toMatchObject({ status: 400, body: { code: "invalid_input", error: expect.stringMatching(/^ethnicity: .*attributes\.ethnicity/) } });
    expect((await api.post(path, { name: "x", prompt: "y", personaFavouriteFood: "pizza" })).status).toBe(400);
  });

  it("creates the seed-image workflow's persona and answers with baseImageStatus and appearanceLocked", async () => {
    const res = await sendRaw(api, `/api/v1/projects/${projectId}/avatars`, SEED_WORKFLOW_CREATE_PERSONA);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.avatar).toMatchObject({
      name: "AI Influencer Sarah",
      baseImageStatus: "pending_upload",
      appearanceLocked: false,
      appearanceDescription: "Professional woman in her early 30s, shoulder-length dark hair, warm smile, modern business casual attire",
      persona: { personalityTraits: ["Confident tech expert"], background: "Professional woman in her 30s" },
    });
  });

  it("names batch statuses as the persona generator does and exports its CSV columns", async () => {
    const created = await api.post(`/api/v1/projects/${projectId}/batches`, { count: 2, brief: "Dutch designers", images: false, provider: "local" });
    expect(created.status, JSON.stringify(created.body)).toBe(202);
    expect(STATUS_NAMES).toContain(created.body.batch.status);
    const seen = new Set<string>();
    const batch = await until(
      async () => (await api.get(`/api/v1/batches/${created.body.batch.id}`)).body.batch,
      (b) => (seen.add(b.status), !b.running),
      "batch",
    );
    expect(batch.status).toBe("completed");
    for (const status of seen) expect(STATUS_NAMES).toContain(status);
    const list = (await api.get(`/api/v1/projects/${projectId}/batches`)).body.batches;
    expect(list[0].status).toBe("completed");

    const csv = await api.raw(`/api/v1/batches/${batch.id}/export?format=csv`);
    const [header, ...rows] = (await csv.text()).trimEnd().split("\r\n");
    expect(header).toBe("firstname,lastname,age,gender,ethnicity,bio,personality_traits,status,avatar_id,base_image_url,image_1_url,image_2_url,image_3_url,image_4_url");
    expect(rows).toHaveLength(2);
    const json = (await api.get(`/api/v1/batches/${batch.id}/export?format=json`)).body;
    expect(json.batch.status).toBe("completed");
    expect(json.personas[0]).toMatchObject({ firstname: expect.any(String), lastname: expect.any(String), base_image_url: null, image_1_url: null, image_4_url: null });
  });

  it("exports a training set for kohya and an actor-maker manifest whose links work without a token", async () => {
    const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: "#8a5a44" } }).png().toBuffer();
    const form = new FormData();
    form.append("name", "Ava Stone");
    form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "face.png");
    const avatar = (await api.post(`/api/v1/projects/${projectId}/avatars/upload`, form)).body.avatar;
    expect((await api.post(`/api/v1/avatars/${avatar.id}/seed-image/approve`)).status).toBe(200);
    expect((await api.get(`/api/v1/avatars/${avatar.id}/training-set/export?format=kohya`)).status).toBe(400);
    const queued = await api.post(`/api/v1/avatars/${avatar.id}/training-set`, { prompts: ["reading in a library", "jogging in a park"] });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    await until(async () => (await api.get(`/api/v1/generations/${queued.body.generation.id}`)).body.generation, (g) => g.status === "completed" || g.status === "failed", "training set");

    const patched = await api.patch(`/api/v1/avatars/${avatar.id}`, { triggerWord: "avastn" });
    expect(patched.body.avatar).toMatchObject({ triggerWord: "avastn", triggerWordIsDefault: false });
    expect((await api.patch(`/api/v1/avatars/${avatar.id}`, { triggerWord: "two words" })).status).toBe(400);

    const res = await api.raw(`/api/v1/avatars/${avatar.id}/training-set/export?format=kohya&repeats=5`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="ava-stone-training-kohya.zip"');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(zip.files).sort()).toEqual(["5_avastn/001.png", "5_avastn/001.txt", "5_avastn/002.png", "5_avastn/002.txt"]);
    expect(await zip.file("5_avastn/002.txt")!.async("string")).toBe("avastn, jogging in a park\n");
    expect((await api.get(`/api/v1/avatars/${avatar.id}/training-set/export?format=rar`)).status).toBe(400);

    const manifest = (await api.get(`/api/v1/avatars/${avatar.id}/training-set/manifest?format=actor-maker`)).body;
    expect(manifest).toMatchObject({ character_id: avatar.id, statistics: { training_images_count: 2, training_synced_count: 2 } });
    const entry = manifest.training_data[0];
    const anonymous = await fetch(entry.s3_url);
    expect(anonymous.status).toBe(200);
    const bytes = Buffer.from(await anonymous.arrayBuffer());
    expect(entry).toMatchObject({ md5_hash: md5(bytes), size_bytes: bytes.length, status: "synced" });
    expect(md5(await zip.file("5_avastn/001.png")!.async("nodebuffer"))).toBe(entry.md5_hash);
    const tampered = entry.s3_url.replace(/sig=[^&]+/, "sig=AAAA");
    expect((await fetch(tampered)).status).toBe(404);
    expect(await (await fetch(tampered)).json()).toMatchObject({ code: "not_found" });
  });

  it("refuses to import from a loopback address with a 400 that says why", async () => {
    const res = await api.post(`/api/v1/projects/${projectId}/avatars/import`, { name: "Local", imageUrl: `${app.url}/api/v1/health` });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "invalid_input", error: expect.stringContaining("loopback") });
    expect((await api.post(`/api/v1/projects/${projectId}/avatars/import`, { name: "No URL" })).status).toBe(400);
  });
});
