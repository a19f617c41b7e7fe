import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetConfig } from "@/lib/config/env";
import { createBatchSchema } from "@/lib/batches/batch-schemas";
import { createBatch } from "@/lib/batches/create-batch";
import { getBatchDetail } from "@/lib/batches/get-batch-detail";
import { beginGeneration } from "@/lib/generations/begin-generation";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import { createGeneration } from "@/lib/generations/create-generation";
import { finishGeneration } from "@/lib/generations/finish-generation";
import { generateStoredImage } from "@/lib/generations/generate-stored-image";
import { getGenerationOrThrow } from "@/lib/generations/get-generation-or-throw";
import { saveGeneratedImage } from "@/lib/generations/save-generated-image";
import { stopJobEventBus } from "@/lib/job-events/job-event-bus";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { responseErrors } from "../../support/openapi-response";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";
import { startWebhookReceiver } from "../support/webhook-receiver";

// The REST doors run in-process with Bearer tokens; the browser session (next-auth) is not loaded.
vi.mock("@/lib/auth/current-user", () => ({ getSessionUser: async () => null, requireActionUser: async () => null }));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await pause(25);
  }
}

/** Reads Server-Sent Events from a stream until `count` events arrived. */
async function readEvents(body: ReadableStream<Uint8Array>, count: number, timeoutMs = 15_000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: Array<{ id: string; event: string; data: { type: string; data: Record<string, unknown> } }> = [];
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  while (events.length < count) {
    const chunk = await Promise.race([reader.read(), pause(Math.max(deadline - Date.now(), 1)).then(() => "timeout" as const)]);
    if (chunk === "timeout") throw new Error(`timed out with ${events.length} of ${count} events: ${JSON.stringify(events.map((e) => e.event))}`);
    if (chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(block.split("\n").filter((line) => line && !line.startsWith(":")).map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]));
      if (fields.data) events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
    }
  }
  await reader.cancel();
  return events;
}

describe.each(["embedded", "postgres"] as const)("webhooks and live events (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const users: Record<"ada" | "bob", { id: string; projectId: string; token: string }> = {} as never;

  beforeAll(async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";
    process.env.WEBHOOK_RETRY_BASE_MS = "40";
    env = await setUpLibEnvironment({ label: `webhooks-${database}`, database });
    db = env.db;
    for (const name of ["ada", "bob"] as const) {
      const user = await db.prisma.user.create({ data: { email: `${name}-${database}@example.com`, passwordHash: "x" } });
      const project = await db.prisma.project.create({ data: { ownerId: user.id, name: `${name}'s` } });
      users[name] = { id: user.id, projectId: project.id, token: (await createApiToken(user.id, "tests")).token };
    }
    const { startJobs } = await import("@/inngest/start-jobs");
    await startJobs({ retryBaseDelayMs: 10, pollIntervalMs: 25 });
    receiver = await startWebhookReceiver();
  });

  afterAll(async () => {
    const { stopJobs } = await import("@/inngest/start-jobs");
    await stopJobs();
    await stopJobEventBus();
    await receiver.close();
    await env.tearDown();
    delete process.env.WEBHOOKS_ALLOW_PRIVATE_URLS;
    delete process.env.WEBHOOK_RETRY_BASE_MS;
    resetConfig();
  });

  async function newGeneration(owner: "ada" | "bob", count = 1, type: "seed" | "training" = "seed") {
    const { id: userId, projectId } = users[owner];
    const avatar = await db.prisma.avatar.create({ data: { projectId, name: "Hooked" } });
    return createGeneration(db.prisma, {
      userId,
      projectId,
      avatarId: avatar.id,
      type,
      provider: "local",
      prompt: "portrait",
      seed: 7,
      width: 256,
      height: 256,
      input: { count, selectFirstAsDraft: true },
    });
  }

  /** Runs a generation's steps in-process with the local provider, as the job would. */
  async function runGenerationSteps(generationId: string) {
    await beginGeneration(generationId);
    await generateStoredImage(generationId, 0);
    await saveGeneratedImage(generationId, 0);
    return finishGeneration(generationId);
  }

  async function call(method: string, path: string, owner: "ada" | "bob", body?: unknown, headers: Record<string, string> = {}) {
    const routes = {
      list: () => import("@/app/api/v1/webhooks/route"),
      one: () => import("@/app/api/v1/webhooks/[webhookId]/route"),
      test: () => import("@/app/api/v1/webhooks/[webhookId]/test/route"),
      rotate: () => import("@/app/api/v1/webhooks/[webhookId]/rotate-secret/route"),
      deliveries: () => import("@/app/api/v1/webhooks/[webhookId]/deliveries/route"),
      events: () => import("@/app/api/v1/events/route"),
    };
    const [, , , area, id, action] = path.split("?")[0].split("/");
    const key = area === "events" ? "events" : !id ? "list" : action === "rotate-secret" ? "rotate" : ((action ?? "one") as keyof typeof routes);
    const route = (await routes[key]()) as Record<string, (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>;
    const init: RequestInit = { method, headers: { authorization: `Bearer ${users[owner].token}`, ...headers } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    return route[method](new Request(`http://localhost${path}`, init), { params: Promise.resolve<Record<string, string>>(id ? { webhookId: id } : {}) });
  }

  it("refuses a private URL at registration unless WEBHOOKS_ALLOW_PRIVATE_URLS is on (400 naming the reason)", async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "false";
    resetConfig();
    try {
      const res = await call("POST", "/api/v1/webhooks", "ada", { url: receiver.url, events: ["generation.completed"] });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/127\.0\.0\.1 is a loopback address/), code: "invalid_input" });
      const metadata = await call("POST", "/api/v1/webhooks", "ada", { url: "http://169.254.169.254/latest", events: ["batch.failed"] });
      expect(metadata.status).toBe(400);
      const ftp = await call("POST", "/api/v1/webhooks", "ada", { url: "ftp://example.com/x", events: ["batch.failed"] });
      expect((await ftp.json()).error).toMatch(/Only http and https/);
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "true";
      resetConfig();
    }
    const badEvent = await call("POST", "/api/v1/webhooks", "ada", { url: receiver.url, events: ["generation.started"] });
    expect(badEvent.status).toBe(400);
    expect(responseErrors("POST", "/api/v1/webhooks", 400, await badEvent.json())).toEqual([]);
    const extra = await call("POST", "/api/v1/webhooks", "ada", { url: receiver.url, events: ["batch.failed"], secret: "mine" });
    expect(extra.status).toBe(400);
    expect(await db.prisma.webhook.count()).toBe(0);
  });

  it("delivers each subscribed event signed the Standard Webhooks way, with what the matching GET returns", async () => {
    const res = await call("POST", "/api/v1/webhooks", "ada", { url: receiver.url, events: ["generation.completed", "generation.cancelled"] });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(responseErrors("POST", "/api/v1/webhooks", 201, created)).toEqual([]);
    const { webhook, secret } = created;
    expect(webhook).toMatchObject({ id: expect.any(String), url: receiver.url, events: ["generation.completed", "generation.cancelled"], enabled: true });
    expect(secret).toMatch(/^whsec_/);
    receiver.useSecret(secret);

    const done = await newGeneration("ada");
    expect(await runGenerationSteps(done.id)).toMatchObject({ status: "completed" });
    const cancelled = await newGeneration("ada");
    await cancelGeneration(users.ada.id, cancelled.id);

    const [first, second] = await waitFor(() => receiver.received.length >= 2 && receiver.received);
    expect(first.verified && second.verified).toBe(true);
    const bodies = [first, second].map((r) => JSON.parse(r.body));
    const completed = bodies.find((b) => b.type === "generation.completed");
    expect(completed).toEqual({
      type: "generation.completed",
      timestamp: expect.any(String),
      data: JSON.parse(JSON.stringify(await getGenerationOrThrow(users.ada.id, done.id))),
    });
    expect(bodies.find((b) => b.type === "generation.cancelled")?.data).toMatchObject({ id: cancelled.id, status: "cancelled" });
    expect(first.headers["webhook-signature"]).toMatch(/^v1,/);

    const log = await waitFor(async () => {
      const body = await (await call("GET", `/api/v1/webhooks/${webhook.id}/deliveries`, "ada")).json();
      return body.deliveries.length === 2 && body.deliveries;
    });
    expect(responseErrors("GET", "/api/v1/webhooks/{webhookId}/deliveries", 200, { deliveries: log })).toEqual([]);
    expect(responseErrors("GET", "/api/v1/generations/{generationId}", 200, { generation: completed.data })).toEqual([]);
    expect(log[0]).toMatchObject({ status: "delivered", httpStatus: 200, attempt: 1, responseSnippet: "ok thanks", nextAttemptAt: null, durationMs: expect.any(Number) });

    // A test event and a rotated secret: the next delivery verifies only with the new one.
    const rotated = await (await call("POST", `/api/v1/webhooks/${webhook.id}/rotate-secret`, "ada")).json();
    expect(rotated.secret).not.toBe(secret);
    expect(responseErrors("POST", "/api/v1/webhooks/{webhookId}/rotate-secret", 200, rotated)).toEqual([]);
    receiver.useSecret(rotated.secret);
    const test = await call("POST", `/api/v1/webhooks/${webhook.id}/test`, "ada");
    expect(test.status).toBe(202);
    const delivered = await waitFor(() => receiver.received.find((r) => r.body.includes("webhook.test")));
    expect(delivered.verified).toBe(true);
    await call("DELETE", `/api/v1/webhooks/${webhook.id}`, "ada");
  });

  it("retries while the receiver is down with the same webhook-id, then delivers when it is back", async () => {
    receiver.received.length = 0;
    const { webhook, secret } = await createWebhook(users.ada.id, { url: receiver.url, events: ["generation.failed"] });
    receiver.useSecret(secret);
    await receiver.down();
    const generation = await newGeneration("ada");
    await beginGeneration(generation.id);
    await finishGeneration(generation.id); // no image: failed

    await waitFor(async () => (await db.prisma.webhookDelivery.count({ where: { webhookId: webhook.id, status: "pending" } })) >= 2);
    await receiver.up();
    const arrived = await waitFor(() => receiver.received.length > 0 && receiver.received);
    const rows = await waitFor(async () => {
      const found = await db.prisma.webhookDelivery.findMany({ where: { webhookId: webhook.id }, orderBy: { attempt: "asc" } });
      return found.some((row) => row.status === "delivered") && found;
    });
    expect(new Set(rows.map((row) => row.webhookMessageId)).size).toBe(1);
    expect(arrived[0].id).toBe(rows[0].webhookMessageId);
    expect(arrived.every((r) => r.verified)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ status: "delivered", attempt: rows.length });
    expect(rows.slice(0, -1).every((row) => row.status === "pending" && row.httpStatus === null && row.nextAttemptAt)).toBe(true);
    expect(rows[0].responseSnippet).toMatch(/refused the connection|could not be reached/);
    await db.prisma.webhook.delete({ where: { id: webhook.id } });
  });

  it("switches off an endpoint whose every delivery failed for 3 days, and says why", async () => {
    const { webhook, secret } = await createWebhook(users.ada.id, { url: receiver.url, events: ["generation.failed"] });
    receiver.useSecret(secret);
    receiver.answer(500);
    await db.prisma.webhook.update({ where: { id: webhook.id }, data: { failingSince: new Date(Date.now() - 4 * 24 * 3_600_000) } });
    const generation = await newGeneration("ada");
    await beginGeneration(generation.id);
    await finishGeneration(generation.id);
    const row = await waitFor(async () => {
      const found = await db.prisma.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
      return !found.enabled && found;
    });
    expect(row.disabledReason).toMatch(/every delivery failed for 3 days \(last: HTTP 500\)/);
    receiver.answer(200);
    const reenabled = await (await call("PATCH", `/api/v1/webhooks/${webhook.id}`, "ada", { enabled: true })).json();
    expect(reenabled.webhook).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    await db.prisma.webhook.delete({ where: { id: webhook.id } });
  });

  it("another user's webhook reads as 404 on every route", async () => {
    await db.prisma.webhook.deleteMany();
    const { webhook } = await createWebhook(users.ada.id, { url: receiver.url, events: ["batch.completed"] });
    for (const [method, path, body] of [
      ["GET", `/api/v1/webhooks/${webhook.id}`],
      ["PATCH", `/api/v1/webhooks/${webhook.id}`, { enabled: false }],
      ["DELETE", `/api/v1/webhooks/${webhook.id}`],
      ["POST", `/api/v1/webhooks/${webhook.id}/test`],
      ["POST", `/api/v1/webhooks/${webhook.id}/rotate-secret`],
      ["GET", `/api/v1/webhooks/${webhook.id}/deliveries`],
    ] as const) {
      const res = await call(method, path, "bob", body);
      expect(res.status, `${method} ${path}`).toBe(404);
      const answer = await res.json();
      expect(answer).toEqual({ error: expect.any(String), code: "not_found" });
      expect(responseErrors(method, path.replace(webhook.id, "{webhookId}"), 404, answer)).toEqual([]);
    }
    expect((await (await call("GET", "/api/v1/webhooks", "bob")).json()).webhooks).toEqual([]);
    const list = await (await call("GET", "/api/v1/webhooks", "ada")).json();
    expect(responseErrors("GET", "/api/v1/webhooks", 200, list)).toEqual([]);
    expect((await (await call("GET", "/api/v1/webhooks", "ada")).json()).webhooks).toHaveLength(1);
    expect(await db.prisma.webhook.findUnique({ where: { id: webhook.id } })).toMatchObject({ enabled: true });
  });

  it("streams the caller's own progress and completed events (never another user's) and resumes after Last-Event-ID", async () => {
    const res = await call("GET", "/api/v1/events", "ada");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reading = readEvents(res.body!, 3);
    await pause(100);
    const theirs = await newGeneration("bob");
    const mine = await newGeneration("ada");
    await runGenerationSteps(theirs.id);
    await runGenerationSteps(mine.id);
    const events = await reading;
    // Generating, then saving (thumbnail and row in one step), then completed.
    expect(events.map((e) => e.event)).toEqual(["generation.progress", "generation.progress", "generation.completed"]);
    expect(events.every((e) => e.data.data.id === mine.id)).toBe(true);
    expect(events[2].data.data).toMatchObject({ id: mine.id, status: "completed", progress: 100 });
    const ids = events.map((e) => BigInt(e.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);

    const resumed = await call("GET", "/api/v1/events", "ada", undefined, { "last-event-id": events[0].id });
    const replay = await readEvents(resumed.body!, 2);
    expect(replay.map((e) => e.id)).toEqual([events[1].id, events[2].id]);
    const bad = await call("GET", "/api/v1/events", "ada", undefined, { "last-event-id": "abc" });
    expect(bad.status).toBe(400);
  });

  it("a batch tells its progress and its completion (with what GET /api/v1/batches/:id returns) to the stream and its webhooks", async () => {
    receiver.received.length = 0;
    receiver.answer(200);
    await db.prisma.webhook.deleteMany();
    const { secret } = await createWebhook(users.ada.id, { url: receiver.url, events: ["batch.completed"] });
    receiver.useSecret(secret);
    const batch = await createBatch(users.ada.id, users.ada.projectId, createBatchSchema.parse({ count: 2, images: false, seed: 3 }));
    const delivered = await waitFor(() => receiver.received.find((r) => r.body.includes(batch.id)));
    expect(delivered.verified).toBe(true);
    const body = JSON.parse(delivered.body);
    expect(body.type).toBe("batch.completed");
    expect(body.data).toEqual(JSON.parse(JSON.stringify(await getBatchDetail(users.ada.id, batch.id))));
    expect(responseErrors("GET", "/api/v1/batches/{batchId}", 200, { batch: body.data })).toEqual([]);
    const types = (await db.prisma.jobEvent.findMany({ where: { userId: users.ada.id, type: { startsWith: "batch." } }, orderBy: { id: "asc" } })).map((row) => row.type);
    expect(types).toContain("batch.progress");
    expect(types.at(-1)).toBe("batch.completed");
    expect(types.filter((type) => type === "batch.completed")).toHaveLength(1);
    const { getEmbeddedDriver } = await import("@/inngest/start-jobs");
    await (await getEmbeddedDriver()).waitForIdle();
  });

  it("project, token and generation answers match the schemas the reference declares", async () => {
    const headers = { authorization: `Bearer ${users.ada.token}` };
    const projects = await import("@/app/api/v1/projects/route");
    const created = await projects.POST(new Request("http://localhost/api/v1/projects", { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify({ name: "Documented" }) }), { params: Promise.resolve({}) });
    expect(created.status).toBe(201);
    expect(responseErrors("POST", "/api/v1/projects", 201, await created.json())).toEqual([]);
    const list = await projects.GET(new Request("http://localhost/api/v1/projects", { headers }), { params: Promise.resolve({}) });
    expect(responseErrors("GET", "/api/v1/projects", 200, await list.json())).toEqual([]);
    const tokens = await import("@/app/api/v1/tokens/route");
    const tokenList = await tokens.GET(new Request("http://localhost/api/v1/tokens", { headers }), { params: Promise.resolve({}) });
    expect(responseErrors("GET", "/api/v1/tokens", 200, await tokenList.json())).toEqual([]);
    const generation = await newGeneration("ada");
    const one = await import("@/app/api/v1/generations/[generationId]/route");
    const res = await one.GET(new Request(`http://localhost/api/v1/generations/${generation.id}`, { headers }), { params: Promise.resolve({ generationId: generation.id }) });
    expect(responseErrors("GET", "/api/v1/generations/{generationId}", 200, await res.json())).toEqual([]);
  });

  it("a training set's end is told as training.completed / training.failed", async () => {
    const generation = await newGeneration("ada", 1, "training");
    await beginGeneration(generation.id);
    await finishGeneration(generation.id); // no image: failed
    await finishGeneration(generation.id); // a finish step that runs again tells nobody twice
    const events = await db.prisma.jobEvent.findMany({ where: { userId: users.ada.id, type: { startsWith: "training." } } });
    expect(events.map((event) => [event.type, (event.data as { id: string }).id])).toEqual([["training.failed", generation.id]]);
  });
});
