import { type FailureEventArgs, Inngest, type InngestFunction, NonRetriableError, RetryAfterError } from "inngest";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaRunStore } from "@/lib/db/prisma-run-store";
import { createEmbeddedDriver, createEmbeddedFetch, type EmbeddedDriver, type EmbeddedDriverOptions } from "@/lib/job-engine";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
let database: TestDatabase;
const drivers: EmbeddedDriver[] = [];
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  env = await setUpLibEnvironment({ label: "engine", dataDir: false });
  database = env.db;
});

afterAll(() => env.tearDown());

beforeEach(async () => {
  await database.prisma.jobRun.deleteMany();
});

afterEach(async () => {
  for (const driver of drivers.splice(0)) await driver.stop({ releaseRuns: false });
});

type TestClient = Inngest<{ id: "test" }>;
let useCheckpointing = false;

/** A client whose sends land in a fresh driver serving only the functions `define` creates. */
async function startDriver(define: (client: TestClient) => InngestFunction.Any[], options: Partial<EmbeddedDriverOptions> = {}) {
  const client = new Inngest({ id: "test", isDev: true, logger: quiet, checkpointing: useCheckpointing, fetch: createEmbeddedFetch(() => driver) });
  const driver: EmbeddedDriver = createEmbeddedDriver({ client, functions: define(client), store: createPrismaRunStore(), concurrency: 4, retryBaseDelayMs: 10, pollIntervalMs: 50, log: () => {}, ...options });
  drivers.push(driver);
  await driver.start();
  return { client, driver };
}

const runsOf = (functionId: string) => database.prisma.jobRun.findMany({ where: { functionId }, orderBy: { createdAt: "asc" } });

// Every behaviour holds with the SDK calling back once per step and with Inngest 4 checkpointing (several steps per call).
describe.each([false, true])("embedded job driver (checkpointing: %s)", (checkpointing) => {
  beforeAll(() => {
    useCheckpointing = checkpointing;
  });

    it("runs the steps of a function in order and stores its output", async () => {
      const seen: string[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "ordered", triggers: [{ event: "test/ordered" }] }, async ({ event, step }) => {
          const a = await step.run("a", () => (seen.push("a"), 1));
          const b = await step.run("b", () => (seen.push("b"), a + 1));
          const c2 = await step.run("c", () => (seen.push("c"), b + 1));
          return { total: a + b + c2, who: event.data.who };
        }),
      ]);
      await client.send({ name: "test/ordered", data: { who: "ada" } });
      await driver.waitForIdle();
      expect(seen).toEqual(["a", "b", "c"]);
      const [run] = await runsOf("test-ordered");
      expect(run).toMatchObject({ status: "completed", output: { total: 6, who: "ada" } });
    });

    it("retries a flaky step without re-running the steps that finished", async () => {
      const calls = { before: 0, flaky: 0, after: 0 };
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "flaky", retries: 3, triggers: [{ event: "test/flaky" }] }, async ({ step }) => {
          await step.run("before", () => calls.before++);
          await step.run("flaky", () => {
            if (++calls.flaky < 3) throw new Error("provider timed out");
            return "ok";
          });
          await step.run("after", () => calls.after++);
          return "done";
        }),
      ]);
      await client.send({ name: "test/flaky" });
      await driver.waitForIdle();
      expect(calls).toEqual({ before: 1, flaky: 3, after: 1 });
      const [run] = await runsOf("test-flaky");
      expect(run).toMatchObject({ status: "completed", output: "done", attempt: 0 });
    });

    it("fails at once on a NonRetriableError and runs onFailure with the error", async () => {
      let attempts = 0;
      const failures: Array<{ message: string; event: string }> = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction(
          {
            id: "permanent",
            retries: 5,
            triggers: [{ event: "test/permanent" }],
            onFailure: async ({ error, event }: FailureEventArgs) => void failures.push({ message: error.message, event: event.data.event.name }),
          },
          async ({ step }) => {
            await step.run("validate", () => {
              attempts++;
              throw new NonRetriableError("Prompt is empty");
            });
          },
        ),
      ]);
      await client.send({ name: "test/permanent" });
      await driver.waitForIdle();
      expect(attempts).toBe(1);
      expect(failures).toEqual([{ message: "Prompt is empty", event: "test/permanent" }]);
      const [run] = await runsOf("test-permanent");
      expect(run).toMatchObject({ status: "failed", lastError: "Prompt is empty" });
      expect(await runsOf("test-permanent-failure")).toMatchObject([{ status: "completed" }]);
    });

    it("fails after the function's retries are used up and then runs onFailure", async () => {
      let attempts = 0;
      const failures: string[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction(
          { id: "exhausted", retries: 2, triggers: [{ event: "test/exhausted" }], onFailure: async ({ error }: FailureEventArgs) => void failures.push(error.message) },
          async ({ step }) => {
            await step.run("call-provider", () => {
              attempts++;
              throw new Error("provider is down");
            });
          },
        ),
      ]);
      await client.send({ name: "test/exhausted" });
      await driver.waitForIdle();
      expect(attempts).toBe(3);
      expect(failures).toEqual(["provider is down"]);
      expect((await runsOf("test-exhausted"))[0]).toMatchObject({ status: "failed", lastError: "provider is down" });
    });

    it("starts one run for a repeated event id or idempotency key", async () => {
      const charged: string[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "charge", triggers: [{ event: "test/charge" }] }, async ({ event, step }) => {
          await step.run("charge", () => void charged.push(event.data.orderId));
        }),
        c.createFunction({ id: "keyed", idempotency: "event.data.orderId", triggers: [{ event: "test/keyed" }] }, async ({ event, step }) => {
          await step.run("charge", () => void charged.push(`keyed-${event.data.orderId}`));
        }),
      ]);
      await client.send({ name: "test/charge", id: "order-1", data: { orderId: "1" } });
      await client.send({ name: "test/charge", id: "order-1", data: { orderId: "1" } });
      await client.send([
        { name: "test/keyed", data: { orderId: "2" } },
        { name: "test/keyed", data: { orderId: "2" } },
        { name: "test/keyed", data: { orderId: "3" } },
      ]);
      await driver.waitForIdle();
      expect(charged.sort()).toEqual(["1", "keyed-2", "keyed-3"]);
    });

    it("resumes an interrupted run after a restart without repeating finished steps", async () => {
      const calls = { first: 0, second: 0 };
      let processDies = true;
      const define = (c: TestClient) => [
        c.createFunction({ id: "resumable", triggers: [{ event: "test/resumable" }] }, async ({ step }) => {
          const first = await step.run("first", () => ++calls.first);
          await step.run("second", async () => {
            calls.second++;
            // The first process never gets past here: it is as good as killed.
            if (processDies) await new Promise(() => {});
          });
          return { first };
        }),
      ];
      // A long lease: the new driver must see that the old process is gone rather than wait for its claim to expire.
      const before = await startDriver(define, { leaseMs: 60_000 });
      await before.client.send({ name: "test/resumable" });
      await vi.waitFor(() => expect(calls.second).toBe(1));
      await before.driver.stop({ releaseRuns: false });
      const [stalled] = await runsOf("test-resumable");
      expect(stalled.status).toBe("running");
      expect(Object.keys((stalled.steps as { results: object }).results)).toHaveLength(1);

      processDies = false;
      const after = await startDriver(define, { leaseMs: 60_000 });
      await after.driver.waitForIdle({ timeoutMs: 5_000 });
      expect(calls).toEqual({ first: 1, second: 2 });
      expect((await runsOf("test-resumable"))[0]).toMatchObject({ status: "completed", output: { first: 1 } });
    });

    it("leaves a run claimed by a live process elsewhere alone until its claim expires", async () => {
      const { driver } = await startDriver((c) => [c.createFunction({ id: "claimed", triggers: [{ event: "test/claimed" }] }, async () => "taken over")], {
        leaseMs: 200,
      });
      const claimedElsewhere = (id: string, lockedUntil: Date) =>
        database.prisma.jobRun.create({
          data: { id, functionId: "test-claimed", event: { name: "test/claimed", data: {} }, status: "running", lockedBy: `other-host:42:${id}`, lockedUntil },
        });
      await claimedElsewhere("live", new Date(Date.now() + 60_000));
      await claimedElsewhere("expired", new Date(Date.now() - 1_000));
      await vi.waitFor(
        async () => expect(await database.prisma.jobRun.findUniqueOrThrow({ where: { id: "expired" } })).toMatchObject({ status: "completed", output: "taken over" }),
        { timeout: 3_000 },
      );
      await pause(300);
      expect(await database.prisma.jobRun.findUniqueOrThrow({ where: { id: "live" } })).toMatchObject({ status: "running", lockedBy: "other-host:42:live" });
      await database.prisma.jobRun.delete({ where: { id: "live" } });
      await driver.waitForIdle();
    });

    it("never executes more runs at once than its concurrency", async () => {
      let running = 0;
      let peak = 0;
      const { client, driver } = await startDriver(
        (c) => [
          c.createFunction({ id: "busy", triggers: [{ event: "test/busy" }] }, async ({ step }) => {
            await step.run("work", async () => {
              peak = Math.max(peak, ++running);
              await pause(60);
              running--;
            });
          }),
        ],
        { concurrency: 2 },
      );
      await client.send(Array.from({ length: 6 }, () => ({ name: "test/busy" })));
      await driver.waitForIdle();
      expect(peak).toBe(2);
      expect((await runsOf("test-busy")).map((run) => run.status)).toEqual(Array(6).fill("completed"));
    });

    it("honours a function's concurrency key per user", async () => {
      const runningFor = new Map<string, number>();
      let peakPerUser = 0;
      let peakOverall = 0;
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "per-user", concurrency: { limit: 1, key: "event.data.userId" }, triggers: [{ event: "test/per-user" }] }, async ({ event, step }) => {
          await step.run("generate", async () => {
            const user = event.data.userId as string;
            runningFor.set(user, (runningFor.get(user) ?? 0) + 1);
            peakPerUser = Math.max(peakPerUser, runningFor.get(user)!);
            peakOverall = Math.max(peakOverall, [...runningFor.values()].reduce((a, b) => a + b, 0));
            await pause(50);
            runningFor.set(user, runningFor.get(user)! - 1);
          });
        }),
      ]);
      await client.send(["u1", "u1", "u1", "u2", "u2", "u2"].map((userId) => ({ name: "test/per-user", data: { userId } })));
      await driver.waitForIdle();
      expect(peakPerUser).toBe(1);
      expect(peakOverall).toBe(2);
    });

    it("fans out with step.sendEvent to another function", async () => {
      const received: number[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "fan-out", triggers: [{ event: "test/batch" }] }, async ({ event, step }) => {
          await step.sendEvent("start-images", (event.data.sizes as number[]).map((n) => ({ name: "test/image", data: { n } })));
        }),
        c.createFunction({ id: "image", triggers: [{ event: "test/image" }] }, async ({ event }) => {
          received.push(event.data.n as number);
          return (event.data.n as number) * 2;
        }),
      ]);
      await client.send({ name: "test/batch", data: { sizes: [1, 2, 3] } });
      await driver.waitForIdle();
      expect(received.sort()).toEqual([1, 2, 3]);
      expect((await runsOf("test-image")).map((run) => run.output).sort()).toEqual([2, 4, 6]);
    });

    it("returns an invoked function's result with step.invoke", async () => {
      const { client, driver } = await startDriver((c) => {
        const square = c.createFunction({ id: "square", triggers: [{ event: "test/square" }] }, async ({ event }) => (event.data.n as number) ** 2);
        const caller = c.createFunction({ id: "caller", triggers: [{ event: "test/caller" }] }, async ({ step }) => {
          const [a, b] = await Promise.all([step.run("one", () => 1), step.run("two", () => 2)]);
          return step.invoke("square-it", { function: square, data: { n: a + b + 1 } });
        });
        return [square, caller];
      });
      await client.send({ name: "test/caller" });
      await driver.waitForIdle();
      expect((await runsOf("test-caller"))[0]).toMatchObject({ status: "completed", output: 16 });
    });

    it("goes on with a chain of steps beside an invoked run that has not finished", async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const { client, driver } = await startDriver((c) => {
        const slow = c.createFunction({ id: "slow", triggers: [{ event: "test/slow" }] }, async ({ step }) => step.run("wait", () => gate.then(() => "slow")));
        const fast = c.createFunction({ id: "fast", triggers: [{ event: "test/fast" }] }, async () => "fast");
        const parent = c.createFunction({ id: "chains", triggers: [{ event: "test/chains" }] }, async ({ step }) => {
          const chain = async () => {
            const made = await step.invoke("call-fast", { function: fast, data: {} });
            const saved = await step.run("save-fast", () => `${made} saved`);
            return step.run("check-fast", () => `${saved} and checked`);
          };
          return Promise.all([step.invoke("call-slow", { function: slow, data: {} }), chain()]);
        });
        return [slow, fast, parent];
      });
      await client.send({ name: "test/chains" });
      // The fast chain's steps after its invoke run while the slow child still holds its step open.
      await vi.waitFor(async () => {
        const [run] = await runsOf("test-chains");
        expect(Object.keys((run.steps as { results?: object }).results ?? {}).length).toBeGreaterThanOrEqual(3);
      }, { timeout: 5_000 });
      expect((await runsOf("test-slow"))[0].status).toBe("running");
      release();
      await driver.waitForIdle();
      expect((await runsOf("test-chains"))[0]).toMatchObject({ status: "completed", output: ["slow", "fast saved and checked"] });
    });

    it("sleeps with step.sleep without holding a slot", async () => {
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "napper", triggers: [{ event: "test/nap" }] }, async ({ step }) => {
          const before = await step.run("before", () => Date.now());
          await step.sleep("nap", "1s");
          const after = await step.run("after", () => Date.now());
          return after - before;
        }),
      ]);
      await client.send({ name: "test/nap" });
      await vi.waitFor(async () => {
        const [run] = await runsOf("test-napper");
        expect(run.status).toBe("queued");
        expect(run.runAfter.getTime()).toBeGreaterThan(Date.now());
      });
      await driver.waitForIdle();
      const [run] = await runsOf("test-napper");
      expect(run.status).toBe("completed");
      expect(run.output).toBeGreaterThanOrEqual(950);
      expect(run.output).toBeLessThan(3_000);
    });

    it("waits as long as a RetryAfterError asks before retrying", async () => {
      const attemptsAt: number[] = [];
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "rate-limited", triggers: [{ event: "test/rate-limited" }] }, async ({ step }) => {
          await step.run("call", () => {
            attemptsAt.push(Date.now());
            if (attemptsAt.length === 1) throw new RetryAfterError("429 from provider", 1_000);
          });
        }),
      ]);
      await client.send({ name: "test/rate-limited" });
      await driver.waitForIdle();
      expect(attemptsAt).toHaveLength(2);
      expect(attemptsAt[1] - attemptsAt[0]).toBeGreaterThanOrEqual(950);
    });

    it("fails a function that uses a step kind it cannot run, saying what to do", async () => {
      const { client, driver } = await startDriver((c) => [
        c.createFunction({ id: "approval", triggers: [{ event: "test/approval" }] }, async ({ step }) => {
          await step.waitForEvent("approved", { event: "test/approved", timeout: "1h" });
        }),
      ]);
      await client.send({ name: "test/approval" });
      await driver.waitForIdle();
      const [run] = await runsOf("test-approval");
      expect(run.status).toBe("failed");
      expect(run.lastError).toMatch(/step\.waitForEvent.*not supported.*INNGEST_DEV=1/);
    });
});

describe("embedded job driver with Inngest 4 checkpointing", () => {
  beforeAll(() => {
    useCheckpointing = true;
  });

  it("runs step after step in one call of the serve handler, saving them behind it: one write for a burst of short steps", async () => {
    let calls = 0;
    let writes = 0;
    const store = createPrismaRunStore();
    const counted: typeof store = { ...store, commit: (...args) => (writes++, store.commit(...args)) };
    const { client, driver } = await startDriver(
      (c) => [
        c.createFunction({ id: "checkpointed", triggers: [{ event: "test/checkpointed" }] }, async ({ step }) => {
          calls++; // the function body starts once per call of the serve handler
          let total = 0;
          for (let index = 0; index < 10; index++) total += await step.run(`s${index}`, () => index);
          return total;
        }),
      ],
      { store: counted },
    );
    await client.send({ name: "test/checkpointed" });
    await driver.waitForIdle();
    const [run] = await runsOf("test-checkpointed");
    expect(run).toMatchObject({ status: "completed", output: 45 });
    expect(Object.keys((run.steps as { results: object }).results)).toHaveLength(10);
    expect(calls).toBe(1);
    // Ten steps in well under the 250 ms interval: the first saved at once, the rest with the run's end.
    expect(writes).toBeLessThanOrEqual(3);
  });

  it("saves a step that finished before the process died: the next process does not run it again", async () => {
    const ran: string[] = [];
    let release = () => {};
    const first = await startDriver((c) => [
      c.createFunction({ id: "durable", triggers: [{ event: "test/durable" }] }, async ({ step }) => {
        await step.run("quick", () => void ran.push("quick"));
        await step.run("long", async () => {
          ran.push("long");
          await new Promise<void>((resolve) => (release = resolve));
        });
      }),
    ]);
    await first.client.send({ name: "test/durable" });
    await vi.waitFor(() => expect(ran).toEqual(["quick", "long"]));
    // The quick step's write went out when it finished; the long one never finishes in this "process".
    await vi.waitFor(async () => expect(Object.keys(((await runsOf("test-durable"))[0].steps as { results?: object }).results ?? {})).toHaveLength(1));
    await first.driver.stop();
    const second = await startDriver((c) => [
      c.createFunction({ id: "durable", triggers: [{ event: "test/durable" }] }, async ({ step }) => {
        await step.run("quick", () => void ran.push("quick again"));
        await step.run("long", () => void ran.push("long again"));
      }),
    ]);
    await second.driver.waitForIdle();
    release();
    expect(ran).toEqual(["quick", "long", "long again"]);
  });

  it("drops the rest of a run cancelled while one of its steps executes", async () => {
    const ran: string[] = [];
    let release = () => {};
    const { client, driver } = await startDriver((c) => [
      c.createFunction({ id: "stoppable", triggers: [{ event: "test/stoppable" }], cancelOn: [{ event: "test/stop", match: "data.id" }] }, async ({ step }) => {
        await step.run("first", () => void ran.push("first"));
        await step.run("slow", async () => {
          ran.push("slow");
          await new Promise<void>((resolve) => (release = resolve));
        });
        await step.run("after", () => void ran.push("after"));
      }),
    ]);
    await client.send({ name: "test/stoppable", data: { id: "s1" } });
    await vi.waitFor(() => expect(ran).toEqual(["first", "slow"]));
    await client.send({ name: "test/stop", data: { id: "s1" } });
    release();
    await driver.waitForIdle();
    await pause(100);
    expect(ran).toEqual(["first", "slow"]);
    const [run] = await runsOf("test-stoppable");
    expect(run.status).toBe("cancelled");
    expect(Object.keys((run.steps as { results: object }).results)).toHaveLength(1);
  });
});
