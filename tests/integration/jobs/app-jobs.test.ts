import { eventType } from "inngest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { parseConfig } from "@/lib/config/env";
import { setUpLibEnvironment } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "jobs", dataDir: false });
});

afterAll(async () => {
  const { stopJobs } = await import("@/inngest/start-jobs");
  await stopJobs();
  vi.unstubAllGlobals();
  await env.tearDown();
});

describe("jobs in embedded mode (the default)", () => {
  it("sendEvent runs an app function in-process with no network and no Inngest keys", async () => {
    // Anything reaching for the network fails the test.
    vi.stubGlobal("fetch", async (input: unknown) => {
      throw new Error(`unexpected network call to ${String(input)}`);
    });
    const { inngest } = await import("@/inngest/client");
    const { startJobs } = await import("@/inngest/start-jobs");
    const { sendEvent } = await import("@/inngest/send-event");
    const greet = inngest.createFunction({ id: "greet", triggers: [{ event: "test/greet" }] }, async ({ event, step }) => {
      const greeting = await step.run("compose", () => `hello ${event.data.name}`);
      await step.sendEvent("tell-others", { name: "test/greeted", data: { greeting } });
      return greeting;
    });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const driver = await startJobs({ functions: [greet], retryBaseDelayMs: 10, pollIntervalMs: 50 });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[jobs\] embedded driver, concurrency \d+$/));
    log.mockRestore();

    const { ids } = await sendEvent("test/greet", { name: "Ada" });
    expect(ids).toHaveLength(1);
    await driver!.waitForIdle();
    const run = await env.db.prisma.jobRun.findFirstOrThrow({ where: { functionId: "likeness-greet" } });
    expect(run).toMatchObject({ status: "completed", output: "hello Ada" });
    expect((run.event as { id: string }).id).toBe(ids[0]);
  });

  it("sendEvent checks a typed event's data against its schema before storing anything", async () => {
    const { sendEvent } = await import("@/inngest/send-event");
    const requested = eventType("test/typed", { schema: z.object({ avatarId: z.string().min(1) }) });
    const before = await env.db.prisma.jobRun.count();
    // @ts-expect-error avatarId must be a string
    await expect(sendEvent(requested, { avatarId: 42 })).rejects.toThrow();
    await expect(sendEvent(requested, { avatarId: "" })).rejects.toThrow();
    await expect(sendEvent(requested, { avatarId: "a1" })).resolves.toMatchObject({ ids: [expect.any(String)] });
    expect(await env.db.prisma.jobRun.count()).toBe(before);
  });

  it("keeps app/api/inngest shut, since the driver calls the functions in-process", async () => {
    const route = await import("@/app/api/inngest/route");
    const request = new Request("http://localhost/api/inngest?fnId=likeness-greet&stepId=step", { method: "POST", body: "{}" });
    const response = await route.POST(request as Parameters<typeof route.POST>[0], undefined);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found", error: expect.stringMatching(/embedded mode/) });
  });

  it("refuses to queue an event while no embedded driver runs, saying how to start one", async () => {
    const { stopJobs } = await import("@/inngest/start-jobs");
    const { sendEvent } = await import("@/inngest/send-event");
    await stopJobs();
    await expect(sendEvent("test/greet", { name: "Bo" })).rejects.toThrow(/embedded job driver is not running.*startJobs\(\)/);
  });

  it("checks the provider of a generation event against the one list of provider names", async () => {
    const { startJobs } = await import("@/inngest/start-jobs");
    const { sendEvent } = await import("@/inngest/send-event");
    const { generationRequested } = await import("@/lib/generations/generation-events");
    vi.spyOn(console, "log").mockImplementation(() => {});
    await startJobs({ functions: [], pollIntervalMs: 50 });
    // @ts-expect-error not a provider name
    await expect(sendEvent(generationRequested, { generationId: "g1", userId: "u1", provider: "midjourney" })).rejects.toThrow(/Provider must be one of: local, huggingface, openai/);
  });
});

describe("the Inngest client per jobs mode", () => {
  it("talks to the dev server, to Inngest with keys, or to nothing but the embedded driver", async () => {
    const { inngestClientOptions } = await import("@/inngest/jobs-mode");
    const dev = inngestClientOptions(parseConfig({ INNGEST_DEV: "http://inngest:8288" }));
    expect(dev).toMatchObject({ id: "likeness", isDev: true, baseUrl: "http://inngest:8288" });
    expect(dev.fetch).toBeUndefined();
    const cloud = inngestClientOptions(parseConfig({ INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "signkey-prod-abc", INNGEST_BASE_URL: "https://inngest.example.com" }));
    expect(cloud).toMatchObject({ isDev: false, eventKey: "evt", signingKey: "signkey-prod-abc", baseUrl: "https://inngest.example.com" });
    expect(cloud.fetch).toBeUndefined();
    const embedded = inngestClientOptions(parseConfig({}));
    expect(embedded).toMatchObject({ isDev: true, checkpointing: true });
    const notAnEvent = await embedded.fetch!("http://embedded.likeness.internal/v1/checkpoint", { method: "POST", body: "{}" });
    expect(notAnEvent.status).toBe(404);
  });

  it("decides in one place what boots and what /api/inngest serves", async () => {
    const { jobsSetup } = await import("@/inngest/jobs-mode");
    expect(jobsSetup(parseConfig({}))).toEqual({ mode: "embedded", embedded: true });
    expect(jobsSetup(parseConfig({ INNGEST_DEV: "1" }))).toEqual({ mode: "dev", embedded: false, serverLine: "[jobs] Inngest dev server at http://localhost:8288" });
    expect(jobsSetup(parseConfig({ INNGEST_DEV: "http://inngest:8288" }))).toMatchObject({ serverUrl: "http://inngest:8288", serverLine: "[jobs] Inngest dev server at http://inngest:8288" });
    expect(jobsSetup(parseConfig({ INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "sign" }))).toMatchObject({ mode: "cloud", embedded: false, serverLine: "[jobs] Inngest Cloud" });
    expect(jobsSetup(parseConfig({ INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "sign", INNGEST_BASE_URL: "https://inngest.example.com" }))).toMatchObject({
      serverLine: "[jobs] Inngest server at https://inngest.example.com",
    });
  });
});
