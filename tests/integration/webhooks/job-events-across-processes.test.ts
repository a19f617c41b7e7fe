import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopJobEventBus, subscribeJobEvents } from "@/lib/job-events/job-event-bus";
import { listJobEventsAfter } from "@/lib/job-events/list-job-events-after";
import { pruneJobEvents } from "@/lib/job-events/prune-job-events";
import { setUpLibEnvironment } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let userId: string;

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "events-processes", dataDir: false });
  userId = (await env.db.prisma.user.create({ data: { email: "two-processes@example.com", passwordHash: "x" } })).id;
});

afterAll(async () => {
  await stopJobEventBus();
  await env.tearDown();
});

describe("live job events with several app processes on one PostgreSQL", () => {
  it("an event written by another process wakes this process's listeners (LISTEN/NOTIFY) and reads back in order", async () => {
    let woken = 0;
    const unsubscribe = await subscribeJobEvents(userId, () => woken++);
    const child = spawn("node_modules/.bin/tsx", ["tests/integration/support/record-job-event-process.ts", userId, "batch.progress", "from-another-process"], {
      env: { ...process.env, DATABASE_URL: env.db.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(0);
    const deadline = Date.now() + 10_000;
    while (!woken && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    unsubscribe();
    expect(woken, `no NOTIFY arrived; the other process said: ${output}`).toBeGreaterThan(0);
    const events = await listJobEventsAfter(userId, BigInt(0));
    expect(events).toEqual([{ id: expect.stringMatching(/^\d+$/), type: "batch.progress", timestamp: expect.any(String), data: { id: "from-another-process" } }]);
  });

  it("prunes events older than JOB_EVENT_RETENTION_HOURS and keeps the recent ones", async () => {
    const old = await env.db.prisma.jobEvent.create({ data: { userId, type: "batch.progress", data: {}, createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const recent = await env.db.prisma.jobEvent.create({ data: { userId, type: "batch.progress", data: {} } });
    expect(await pruneJobEvents()).toMatchObject({ deleted: 1 });
    const left = (await env.db.prisma.jobEvent.findMany({ select: { id: true } })).map((row) => row.id);
    expect(left).toContain(recent.id);
    expect(left).not.toContain(old.id);
  });
});
