import { afterAll, describe, expect, it } from "vitest";
import { analyzeFace } from "@/lib/faces/analyze-face";
import { stopFaceEngine } from "@/lib/faces/face-engine";
import { classifyImage } from "@/lib/safety/classify-image";
import { signUpUser } from "../../support/api-client";
import { longestStall } from "../../support/longest-stall";
import { multipart } from "../../support/test-images";
import { faceFixture } from "../../faces/face-fixtures";
import { startTestApp, type TestApp } from "../support/start-test-app";

describe("the face engine's worker thread", () => {
  afterAll(() => stopFaceEngine());

  it("analyses without holding the calling thread (detection takes 60–350 ms an image; the thread stays free)", async () => {
    await analyzeFace(faceFixture("man-a"));
    const faces = ["woman-b", "woman-c", "woman-d", "two-women"] as const;
    const results: Awaited<ReturnType<typeof analyzeFace>>[] = [];
    const stall = await longestStall(async () => {
      for (const name of faces) results.push(await analyzeFace(faceFixture(name)));
    });
    expect(results.map((result) => result.faces)).toEqual([1, 1, 1, 2]);
    expect(results[0].descriptor).toHaveLength(1024);
    // On this thread the WebAssembly detection stalled it 275–350 ms per image; on the worker a timer is late by a few ms.
    expect(stall).toBeLessThan(150);
  });

  it("classifies content safety on the same worker without holding the calling thread (~130–200 ms an image)", async () => {
    await classifyImage(faceFixture("man-a"));
    const faces = ["woman-b", "woman-c", "woman-d", "two-women"] as const;
    const verdicts: Awaited<ReturnType<typeof classifyImage>>[] = [];
    let quickest = Infinity;
    const stall = await longestStall(async () => {
      // Face detection and classification interleaved: both models live on the worker's one tfjs runtime.
      for (const name of faces) {
        const started = performance.now();
        const [verdict, analysis] = await Promise.all([classifyImage(faceFixture(name)), analyzeFace(faceFixture(name))]);
        quickest = Math.min(quickest, performance.now() - started);
        verdicts.push(verdict);
        expect(analysis.faces).toBeGreaterThan(0);
      }
    });
    expect(verdicts.map((verdict) => verdict.label)).toEqual(["Neutral", "Neutral", "Neutral", "Neutral"]);
    expect(verdicts.every((verdict) => !verdict.flagged)).toBe(true);
    // On this thread the four classifications held it ~900 ms in one piece (each image's classification and
    // detection holding it for most of that image's time); on the worker a timer is late by a few ms, or by a
    // garbage collection's pause on a loaded machine (103 ms once in CI), well under the quickest image's time.
    expect(stall).toBeLessThan(Math.max(100, quickest / 2));
  });

  it("restarts after it was stopped", async () => {
    await stopFaceEngine();
    expect((await analyzeFace(faceFixture("woman-d"))).faces).toBe(1);
    await stopFaceEngine();
    expect((await classifyImage(faceFixture("woman-d"))).flagged).toBe(false);
  });
});

describe("the model worker in the production build on the embedded database", () => {
  let app: TestApp;
  afterAll(async () => app?.stop());

  it("measures an upload's quality, classifies its content and approves it", async () => {
    app = await startTestApp({ database: "embedded" });
    const user = await signUpUser(app.url, "worker-faces");
    const projectId = (await user.api.post("/api/v1/projects", { name: "Worker" })).body.project.id as string;
    const avatarId = (await user.api.post(`/api/v1/projects/${projectId}/avatars`, { name: "Pair" })).body.avatar.id as string;
    const upload = (data: Buffer) => user.api.post(`/api/v1/avatars/${avatarId}/seed-image/upload`, multipart({}, { data, type: "image/jpeg", name: "face.jpg" }));
    const pair = await upload(faceFixture("two-women"));
    expect(pair.status).toBe(201);
    expect(pair.body.image.quality).toMatchObject({ faces: 2, messages: expect.arrayContaining(["Two faces found: crop to one person"]) });
    const single = await upload(faceFixture("woman-d"));
    expect(single.body.image.quality).toMatchObject({ verdict: "good", faces: 1 });
    expect(single.body.image.safety).toEqual({ flagged: false, label: "Neutral" });
    expect((await user.api.post(`/api/v1/avatars/${avatarId}/seed-image/approve`, {})).status).toBe(200);
  });
});
