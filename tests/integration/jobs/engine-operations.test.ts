import { Inngest, type InngestFunction } from "inngest";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaRunStore } from "@/lib/db/prisma-run-store";
import { createEmbeddedDriver, createEmbeddedFetch, type EmbeddedDriver, type EmbeddedDriverOptions } from "@/lib/job-engine";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

/** A promise with its resolve, to hold a step until the test lets it go. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type TestClient = Inngest<{ id: "test" }>;

describe.each(["postgres", "embedded"] as const)("the embedded engine's cancelOn, priority, cron and pruning (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  const drivers: EmbeddedDriver[] = [];

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `engine-ops-${database}`, dataDir: false, database });
    db = env.db;
  });
  afterAll(() => env.tearDown());
  beforeEach(async () => {
    await db.prisma.jobRun.deleteMany();
    await db.prisma.jobCron.deleteMany();
  });
  afterEach(async () => {
    for (const driver of drivers.splice(0)) await driver.stop({ releaseRuns: false });
  });

  async function startDriver(define: (client: TestClient) => InngestFunction.Any[], options: Partial<EmbeddedDriverOptions> = {}) {
    const client = new Inngest({ id: "test", isDev: true, logger: quiet, checkpointing: false, fetch: createEmbeddedFetch(() => driver) });
    const driver: EmbeddedDriver = createEmbeddedDriver({
      client,
      functions: define(client),
      store: createPrismaRunStore(),
      concurrency: 4,
      retryBaseDelayMs: 10,
      pollIntervalMs: 50,
      log: () => {},
      ...options,
    });
    drivers.push(driver);
    await driver.start();
    return { client, driver };
  }

  const runsOf = (functionId: string) => db.prisma.jobRun.findMany({ where: { functionId }, orderBy: { createdAt: "asc" } });

  async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out waiting");
      await pause(20);
    }
  }

  describe("cancelOn", () => {
    it("stops a run between steps: the executing step finishes, its result is dropped, no later step runs", async () => {
      const held = gate();
      const seen: string[] = [];
      let inSecond = false;
      const { client, driver } = await startDriver((c) => [
        c.createFunction(
          { id: "work", triggers: [{ event: "test/work" }], cancelOn: [{ event: "test/cancel", if: "async.data.workId == event.data.workId" }] },
          async ({ step }) => {
            await step.run("first", () => void seen.push("first"));
            await step.run("second", async () => {
              inSecond = true;
              await held.promise;
              seen.push("second");
            });
            await step.run("third", () => void seen.push("third"));
          },
        ),
      ]);
      await client.send([{ name: "test/work", data: { workId: "a" } }, { name: "test/work", data: { workId: "b" } }]);
      await waitFor(() => inSecond);
      await client.send({ name: "test/cancel", data: { workId: "a" } });
      const runs = await runsOf("test-work");
      const cancelled = runs.find((run) => (run.event as { data: { workId: string } }).data.workId === "a")!;
      expect(cancelled).toMatchObject({ status: "cancelled", lockedBy: null });
      expect(cancelled.finishedAt).toBeInstanceOf(Date);
      held.open();
      await driver.waitForIdle();
      // Run b went on to its end; run a finished the step it was in, and stopped there.
      expect(seen.filter((name) => name === "third")).toHaveLength(1);
      expect(seen.filter((name) => name === "second")).toHaveLength(2);
      expect((await runsOf("test-work")).map((run) => run.status).sort()).toEqual(["cancelled", "completed"]);
    });

    it("cancels a queued run before any of its steps, with `match` and a wildcard-free event", async () => {
      const held = gate();
      const started: string[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction(
          { id: "one-at-a-time", concurrency: 1, triggers: [{ event: "test/queued" }], cancelOn: [{ event: "test/stop", match: "data.id" }] },
          async ({ event, step }) => {
            await step.run("work", async () => {
              started.push(event.data.id);
              if (event.data.id === "first") await held.promise;
            });
          },
        ),
      ]);
      await client.send({ name: "test/queued", data: { id: "first" } });
      await waitFor(() => started.length === 1);
      await client.send({ name: "test/queued", data: { id: "second" } });
      await client.send({ name: "test/stop", data: { id: "second" } });
      held.open();
      await driver.waitForIdle();
      expect(started).toEqual(["first"]);
      const statuses = Object.fromEntries((await runsOf("test-one-at-a-time")).map((run) => [(run.event as { data: { id: string } }).data.id, run.status]));
      expect(statuses).toEqual({ first: "completed", second: "cancelled" });
    });

    it("gives a parent waiting on a cancelled child an error from step.invoke, and emits inngest/function.cancelled", async () => {
      const held = gate();
      const noticed: string[] = [];
      let childStarted = false;
      const { client, driver } = await startDriver((c) => {
        const child = c.createFunction({ id: "child", triggers: [{ event: "test/child" }], cancelOn: [{ event: "test/cancel-child", match: "data.key" }] }, async ({ step }) => {
          await step.run("slow", async () => {
            childStarted = true;
            await held.promise;
          });
          await step.run("never", () => "unreachable");
          return "child done";
        });
        const parent = c.createFunction({ id: "parent", triggers: [{ event: "test/parent" }] }, async ({ step }) => {
          try {
            return await step.invoke("call-child", { function: child, data: { key: "k1" } });
          } catch (error) {
            return `caught: ${(error as Error).message}`;
          }
        });
        const watcher = c.createFunction({ id: "watcher", triggers: [{ event: "inngest/function.cancelled" }] }, async ({ event }) => {
          noticed.push(String(event.data.function_id));
        });
        return [child, parent, watcher];
      });
      await client.send({ name: "test/parent" });
      await waitFor(() => childStarted);
      await client.send({ name: "test/cancel-child", data: { key: "k1" } });
      held.open();
      await driver.waitForIdle();
      const [parentRun] = await runsOf("test-parent");
      expect(parentRun).toMatchObject({ status: "completed", output: "caught: The invoked function was cancelled" });
      expect(await runsOf("test-child")).toMatchObject([{ status: "cancelled" }]);
      expect(noticed).toEqual(["test-child"]);
    });
  });

  describe("priority", () => {
    it("claims due runs with a higher priority.run first, then the oldest, within the concurrency limit", async () => {
      const held = gate();
      const order: string[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction(
          {
            id: "lanes",
            concurrency: 1,
            priority: { run: "event.data.lane == 'interactive' ? 120 : 0" },
            triggers: [{ event: "test/lane" }],
          },
          async ({ event, step }) => {
            await step.run("work", async () => {
              order.push(event.data.name);
              if (event.data.name === "bg-0") await held.promise;
            });
          },
        ),
      ]);
      await client.send({ name: "test/lane", data: { name: "bg-0", lane: "background" } });
      await waitFor(() => order.length === 1);
      for (let index = 1; index <= 4; index++) await client.send({ name: "test/lane", data: { name: `bg-${index}`, lane: "background" } });
      await client.send({ name: "test/lane", data: { name: "hand-1", lane: "interactive" } });
      await client.send({ name: "test/lane", data: { name: "hand-2", lane: "interactive" } });
      expect((await runsOf("test-lanes")).map((run) => run.priority)).toEqual([0, 0, 0, 0, 0, 120, 120]);
      held.open();
      await driver.waitForIdle();
      expect(order).toEqual(["bg-0", "hand-1", "hand-2", "bg-1", "bg-2", "bg-3", "bg-4"]);
    });
  });

  describe("cron triggers", () => {
    it("fires each tick once across two processes", async () => {
      const fired: number[] = [];
      const define = (c: TestClient) => [
        c.createFunction({ id: "every-second", triggers: [{ cron: "* * * * * *" }] }, async ({ event }) => {
          fired.push(Number(event.ts));
          return (event.data as { cron?: string }).cron;
        }),
      ];
      await startDriver(define);
      await startDriver(define);
      await pause(3_300);
      for (const driver of drivers.splice(0)) await driver.stop({ releaseRuns: false });
      const runs = await runsOf("test-every-second");
      expect(runs.length).toBeGreaterThanOrEqual(2);
      expect(runs.length).toBeLessThanOrEqual(4);
      const keys = runs.map((run) => run.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(fired).size).toBe(fired.length);
      expect(runs[0]).toMatchObject({ event: { name: "inngest/scheduled.timer", data: { cron: "* * * * * *" } } });
    });

    it("fires nothing for ticks before it first saw the trigger, and a tick missed while down once after a restart", async () => {
      const expression = "TZ=Europe/Paris 0 2 * * *";
      let runs = 0;
      const define = (c: TestClient) => [
        c.createFunction({ id: "nightly", triggers: [{ cron: expression }] }, async () => {
          runs++;
        }),
      ];
      const first = await startDriver(define);
      await first.driver.waitForIdle();
      expect(runs).toBe(0);
      const [known] = await db.prisma.jobCron.findMany();
      expect(known).toMatchObject({ functionId: "test-nightly", expression });
      await first.driver.stop();

      // The process was down for three nights: their ticks fire as one run, not three.
      await db.prisma.jobCron.updateMany({ data: { lastTickAt: new Date(known.lastTickAt.getTime() - 3 * 86_400_000) } });
      const second = await startDriver(define);
      await second.driver.waitForIdle();
      const third = await startDriver(define);
      await third.driver.waitForIdle();
      expect(runs).toBe(1);
      const [run] = await runsOf("test-nightly");
      expect(run.dedupeKey).toBe(`cron:${expression}:${known.lastTickAt.toISOString()}`);
      expect((await db.prisma.jobCron.findFirstOrThrow()).lastTickAt).toEqual(known.lastTickAt);
    });

    it("refuses a cron trigger it cannot read when the driver starts", async () => {
      const client = new Inngest({ id: "test", isDev: true, logger: quiet, checkpointing: false });
      const fn = client.createFunction({ id: "bad-cron", triggers: [{ cron: "every day at two" }] }, async () => undefined);
      expect(() => createEmbeddedDriver({ client, functions: [fn], store: createPrismaRunStore() })).toThrow(/cron trigger "every day at two" cannot be read/);
    });
  });

  describe("pruning", () => {
    it("deletes finished runs past their retention, keeps recent and failed ones, and never a child a parent waits on", async () => {
      const day = 86_400_000;
      const ago = (days: number) => new Date(Date.now() - days * day);
      const run = (id: string, status: string, finishedDaysAgo: number | null, parentRunId: string | null = null) => ({
        id,
        functionId: "test-old",
        event: {},
        status,
        finishedAt: finishedDaysAgo === null ? null : ago(finishedDaysAgo),
        parentRunId,
      });
      await db.prisma.jobRun.createMany({
        data: [
          run("old-completed", "completed", 8),
          run("old-cancelled", "cancelled", 8),
          run("recent-completed", "completed", 2),
          run("failed-20-days", "failed", 20),
          run("failed-31-days", "failed", 31),
          run("waiting-parent", "waiting", null),
          run("old-child-of-waiting", "completed", 9, "waiting-parent"),
          run("finished-parent", "completed", 10),
          run("old-child-of-finished", "completed", 9, "finished-parent"),
        ],
      });
      await startDriver(() => [], { retention: { completedMs: 7 * day, failedMs: 30 * day } });
      await waitFor(async () => (await db.prisma.jobRun.count()) === 4);
      const left = (await db.prisma.jobRun.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
      expect(left).toEqual(["failed-20-days", "old-child-of-waiting", "recent-completed", "waiting-parent"]);
    });
  });
});
