import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";
import { makePng, multipart } from "../../support/test-images";
import { waitForGeneration } from "../../support/wait-for-generation";

describe.each(["postgres", "embedded"] as const)("avatars over REST on the %s database", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(async () => app?.stop());

  async function projectFor(label = "owner") {
    const user = await signUpUser(app.url, label);
    const project = (await user.api.post("/api/v1/projects", { name: "Personas" })).body.project;
    return { ...user, projectId: project.id as string };
  }

  it("generates an avatar as a job: 202 at once, progress to completed, images downloadable", async () => {
    const { api, projectId, token } = await projectFor();
    const res = await api.post(`/api/v1/projects/${projectId}/avatars/generate`, {
      name: "Ava",
      prompt: "product designer",
      width: 512,
      height: 512,
      seed: 42,
      persona: { name: "Ava Stone", age: 31, personalityTraits: ["curious"] },
      attributes: { skinTone: "olive", hairColor: "red" },
    });
    expect(res.status).toBe(202);
    expect(res.body.generation).toMatchObject({ status: "pending", progress: 0, avatarId: res.body.avatar.id });
    expect(res.body.avatar.baseImageStatus).toBe("pending_upload");
    const generation = await waitForGeneration(api, res.body.generation.id);
    expect(generation).toMatchObject({ status: "completed", progress: 100, stage: "done", errorMessage: null });

    const avatar = (await api.get(`/api/v1/avatars/${res.body.avatar.id}`)).body.avatar;
    expect(avatar).toMatchObject({ baseImageStatus: "draft", status: "draft" });
    expect(avatar.baseImage).toMatchObject({ seed: 42, provider: "local", width: 512, height: 512, kind: "base" });
    expect(avatar.baseImage.prompt).toContain("product designer");
    expect(avatar.baseImage.prompt).toMatch(/olive skin/);
    expect(avatar.baseImage.negativePrompt).toMatch(/blurry/);

    const { images } = (await api.get(`/api/v1/avatars/${avatar.id}/images`)).body;
    expect(images).toHaveLength(1);
    const file = await fetch(`${app.url}${images[0].url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("cache-control")).toMatch(/max-age=31536000/);
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(createHash("md5").update(bytes).digest("hex")).toBe(images[0].md5);
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 512, height: 512, format: "png" });
    const thumb = await fetch(`${app.url}${images[0].thumbnailUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).toMatchObject({ width: 300, height: 300, format: "jpeg" });
  });

  it("the same seed and inputs give the same image", async () => {
    const { api, projectId } = await projectFor();
    const body = { name: "Twin", prompt: "same", seed: 7, width: 512, height: 512 };
    const md5s: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await api.post(`/api/v1/projects/${projectId}/avatars/generate`, body);
      await waitForGeneration(api, res.body.generation.id);
      md5s.push((await api.get(`/api/v1/avatars/${res.body.avatar.id}`)).body.avatar.baseImage.md5);
    }
    expect(md5s[0]).toBe(md5s[1]);
  });

  it("refuses bad generate input with a message and writes nothing", async () => {
    const { api, projectId } = await projectFor();
    const cases: [unknown, RegExp, string][] = [
      [{ prompt: "x" }, /Name is required/, "invalid_input"],
      [{ name: "A" }, /Prompt is required/, "invalid_input"],
      [{ name: "A", prompt: "x", width: 1000, height: 1000 }, /Unsupported image size/, "invalid_input"],
      [{ name: "A", prompt: "x", seed: -1 }, /Seed must be between/, "invalid_input"],
      [{ name: "A", prompt: "x", provider: "midjourney" }, /Provider must be one of/, "invalid_input"],
      [{ name: "A", prompt: "x", attributes: { skinTone: "green" } }, /skinTone/, "invalid_input"],
      [{ name: "A", prompt: "x", provider: "huggingface" }, /huggingface is not available\. Check HF_TOKEN configuration/, "provider_unavailable"],
      [{ name: "A", prompt: "x", provider: "openai" }, /openai is not available\. Check OPENAI_API_KEY configuration/, "provider_unavailable"],
    ];
    for (const [body, message, code] of cases) {
      const res = await api.post(`/api/v1/projects/${projectId}/avatars/generate`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatch(message);
      expect(res.body.code, JSON.stringify(body)).toBe(code);
    }
    expect((await api.get(`/api/v1/projects/${projectId}/avatars`)).body.avatars).toEqual([]);
  });

  it("uploads a PNG as a draft avatar, re-encoded; refuses wrong types, fakes and oversized files", async () => {
    const { api, projectId } = await projectFor();
    const png = await makePng(200, 120);
    const ok = await api.post(`/api/v1/projects/${projectId}/avatars/upload`, multipart({ name: "Uploaded" }, { data: png, type: "image/png", name: "me.png" }));
    expect(ok.status).toBe(201);
    expect(ok.body.avatar).toMatchObject({ name: "Uploaded", baseImageStatus: "draft" });
    expect(ok.body.avatar.baseImage).toMatchObject({ width: 200, height: 120, source: "upload" });

    const text = await api.post(
      `/api/v1/projects/${projectId}/avatars/upload`,
      multipart({ name: "Fake" }, { data: Buffer.from("just some text, not an image"), type: "image/png", name: "fake.png" }),
    );
    expect(text.status).toBe(400);
    expect(text.body.error).toBeTruthy();
    const gif = await api.post(
      `/api/v1/projects/${projectId}/avatars/upload`,
      multipart({ name: "Gif" }, { data: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), type: "image/gif", name: "a.gif" }),
    );
    expect(gif.body.error).toBe("Invalid file type. Allowed: image/png, image/jpeg, image/webp");
    expect([400, 415]).toContain(gif.status);
    const big = await api.post(
      `/api/v1/projects/${projectId}/avatars/upload`,
      multipart({ name: "Big" }, { data: Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]), type: "image/png", name: "big.png" }),
    );
    expect(big.status).toBe(413);
    expect(big.body.error).toBe("File too large. Maximum size is 10MB");
    expect(big.body.code).toBe("payload_too_large");
    const noName = await api.post(`/api/v1/projects/${projectId}/avatars/upload`, multipart({}, { data: png, type: "image/png", name: "x.png" }));
    expect(noName.status).toBe(400);
    const avatars = (await api.get(`/api/v1/projects/${projectId}/avatars`)).body.avatars;
    expect(avatars.map((a: { name: string }) => a.name)).toEqual(["Uploaded"]);
  });

  it("lists avatars newest first with pagination, edits and deletes them (files too)", async () => {
    const { api, projectId, token } = await projectFor();
    const png = await makePng();
    const ids: string[] = [];
    for (const name of ["One", "Two", "Three"]) {
      ids.push((await api.post(`/api/v1/projects/${projectId}/avatars/upload`, multipart({ name }, { data: png, type: "image/png", name: "a.png" }))).body.avatar.id);
    }
    const page1 = await api.get(`/api/v1/projects/${projectId}/avatars?limit=2`);
    expect(page1.body.avatars.map((a: { name: string }) => a.name)).toEqual(["Three", "Two"]);
    const page2 = await api.get(`/api/v1/projects/${projectId}/avatars?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.avatars.map((a: { name: string }) => a.name)).toEqual(["One"]);

    const edited = await api.patch(`/api/v1/avatars/${ids[0]}`, { name: "Uno", attributes: { hairColor: "black" }, persona: { age: 40 } });
    expect(edited.status).toBe(200);
    expect(edited.body.avatar).toMatchObject({ name: "Uno", attributes: { hairColor: "black" }, persona: { age: 40 } });
    expect((await api.patch(`/api/v1/avatars/${ids[0]}`, { persona: { age: 500 } })).status).toBe(400);

    const fileUrl = (await api.get(`/api/v1/avatars/${ids[0]}`)).body.avatar.baseImage.url;
    expect((await api.delete(`/api/v1/avatars/${ids[0]}`)).status).toBe(204);
    expect((await api.get(`/api/v1/avatars/${ids[0]}`)).status).toBe(404);
    expect((await fetch(`${app.url}${fileUrl}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it("another user gets 404 for every avatar, generation and file route", async () => {
    const alice = await projectFor("alice");
    const bob = await projectFor("bob");
    const gen = await alice.api.post(`/api/v1/projects/${alice.projectId}/avatars/generate`, { name: "Secret", prompt: "x", width: 512, height: 512 });
    await waitForGeneration(alice.api, gen.body.generation.id);
    const avatar = (await alice.api.get(`/api/v1/avatars/${gen.body.avatar.id}`)).body.avatar;
    const png = await makePng();
    const responses = [
      await bob.api.get(`/api/v1/avatars/${avatar.id}`),
      await bob.api.patch(`/api/v1/avatars/${avatar.id}`, { name: "mine" }),
      await bob.api.delete(`/api/v1/avatars/${avatar.id}`),
      await bob.api.get(`/api/v1/avatars/${avatar.id}/images`),
      await bob.api.get(`/api/v1/generations/${gen.body.generation.id}`),
      await bob.api.post(`/api/v1/generations/${gen.body.generation.id}/retry`),
      await bob.api.get(avatar.baseImage.url),
      await bob.api.get(avatar.baseImage.thumbnailUrl),
      await bob.api.get(`/api/v1/projects/${alice.projectId}/avatars`),
      await bob.api.post(`/api/v1/projects/${alice.projectId}/avatars/generate`, { name: "x", prompt: "y" }),
      await bob.api.post(`/api/v1/projects/${alice.projectId}/avatars/upload`, multipart({ name: "x" }, { data: png, type: "image/png", name: "a.png" })),
    ];
    for (const res of responses) expect(res.status).toBe(404);
    expect((await alice.api.get(`/api/v1/avatars/${avatar.id}`)).body.avatar.name).toBe("Secret");
  });

  it("lists providers with why the unconfigured ones are unavailable", async () => {
    const { api } = await projectFor();
    const { providers } = (await api.get("/api/v1/providers")).body;
    expect(providers.find((p: { name: string }) => p.name === "local")).toMatchObject({ available: true });
    expect(providers.find((p: { name: string }) => p.name === "huggingface")).toMatchObject({ available: false, reason: expect.stringMatching(/HF_TOKEN/) });
    expect(providers.find((p: { name: string }) => p.name === "openai")).toMatchObject({ available: false, reason: expect.stringMatching(/OPENAI_API_KEY/) });
  });
});
