import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseWith } from "@/lib/api/parse-request";
import { createScheduleSchema, updateScheduleSchema } from "@/lib/schedules/schedule-schemas";
import { setUpLibEnvironment, type TestDatabase } from "../support/lib-environment";

const minutes = (n: number) => n * 60_000;

describe.each(["postgres", "embedded"] as const)("project schedules (%s database)", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let db: TestDatabase;
  let alice: string;
  let bob: string;
  let project: string;

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: `schedules-${database}`, database });
    db = env.db;
    alice = (await db.prisma.user.create({ data: { email: "alice@example.com", passwordHash: "x" } })).id;
    bob = (await db.prisma.user.create({ data: { email: "bob@example.com", passwordHash: "x" } })).id;
    project = (await db.prisma.project.create({ data: { name: "Nightly", ownerId: alice } })).id;
    await db.prisma.avatar.createMany({ data: ["Ada", "Bea", "Cy"].map((name) => ({ projectId: project, name })) });
  });

  afterAll(async () => {
    const { stopJobs } = await import("@/inngest/start-jobs");
    await stopJobs();
    await env.tearDown();
  });

  it("a bad cron or time zone is a 400 naming it; the rest of the body is checked too", () => {
    const problem = (schema: typeof createScheduleSchema | typeof updateScheduleSchema, body: unknown) => {
      try {
        parseWith(schema, body);
      } catch (error) {
        return { status: (error as { status: number }).status, message: (error as Error).message };
      }
      return null;
    };
    expect(problem(createScheduleSchema, { cron: "61 * * * *", action: "generate-base" })).toEqual({ status: 400, message: expect.stringMatching(/^cron: Not a cron pattern/) });
    expect(problem(createScheduleSchema, { cron: "every night", action: "generate-base" })).toEqual({ status: 400, message: expect.stringMatching(/^cron: Use 5 fields/) });
    expect(problem(createScheduleSchema, { cron: "0 2 * * *", timezone: "Mars/Base", action: "generate-base" })).toEqual({ status: 400, message: expect.stringMatching(/^timezone: Not a known time zone/) });
    expect(problem(createScheduleSchema, { cron: "0 2 * * *", action: "paint" })?.message).toMatch(/^action: action must be one of: generate-base, training-set/);
    expect(problem(createScheduleSchema, { cron: "0 2 * * *", action: "generate-base", extra: true })?.status).toBe(400);
    expect(problem(updateScheduleSchema, {})?.message).toMatch(/Nothing to change/);
    expect(problem(updateScheduleSchema, { timezone: "Nowhere" })?.message).toMatch(/^timezone:/);
    expect(parseWith(createScheduleSchema, { cron: "0 2 * * *", action: "training-set" })).toEqual({ cron: "0 2 * * *", timezone: "UTC", action: "training-set", enabled: true });
  });

  it("works out the next run in the schedule's time zone; disabling clears it; another user's schedule is not found", async () => {
    const { createSchedule } = await import("@/lib/schedules/create-schedule");
    const { updateSchedule } = await import("@/lib/schedules/update-schedule");
    const { listSchedules } = await import("@/lib/schedules/list-schedules");
    const { deleteSchedule } = await import("@/lib/schedules/delete-schedule");
    const now = new Date("2026-12-01T12:00:00Z");
    const paris = await createSchedule(alice, project, parseWith(createScheduleSchema, { cron: "0 2 * * *", timezone: "Europe/Paris", action: "generate-base" }), now);
    // 02:00 in Paris in winter is 01:00 UTC, the next night.
    expect(paris).toMatchObject({ cron: "0 2 * * *", timezone: "Europe/Paris", enabled: true, nextRunAt: new Date("2026-12-02T01:00:00Z"), lastRunAt: null, lastResult: null });
    const off = await updateSchedule(alice, paris.id, { enabled: false }, now);
    expect(off).toMatchObject({ enabled: false, nextRunAt: null });
    const on = await updateSchedule(alice, paris.id, { enabled: true, cron: "30 6 * * 1" }, now);
    expect(on.nextRunAt).toEqual(new Date("2026-12-07T05:30:00Z"));
    expect((await listSchedules(alice, project)).map((schedule) => schedule.id)).toEqual([paris.id]);
    await expect(updateSchedule(bob, paris.id, { enabled: false })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSchedule(bob, paris.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(listSchedules(bob, project)).rejects.toMatchObject({ code: "not_found" });
    await expect(createSchedule(bob, project, parseWith(createScheduleSchema, { cron: "0 2 * * *", action: "generate-base" }))).rejects.toMatchObject({ code: "not_found" });
    await deleteSchedule(alice, paris.id);
    expect(await db.prisma.schedule.count()).toBe(0);
  });

  it("a schedule due long ago is claimed once, moved to the next future tick, and two ticks at once claim it once", async () => {
    const { createSchedule } = await import("@/lib/schedules/create-schedule");
    const { claimDueSchedules } = await import("@/lib/schedules/claim-due-schedules");
    const schedule = await createSchedule(alice, project, parseWith(createScheduleSchema, { cron: "*/5 * * * *", action: "generate-base" }));
    const dueAt = new Date(Date.now() - 3 * 86_400_000);
    await db.prisma.schedule.update({ where: { id: schedule.id }, data: { nextRunAt: dueAt } });
    const now = new Date();
    const ticks = await Promise.all([claimDueSchedules(now), claimDueSchedules(now), claimDueSchedules(now)]);
    expect(ticks.flat()).toEqual([{ scheduleId: schedule.id, dueAt: dueAt.toISOString() }]);
    const moved = await db.prisma.schedule.findUniqueOrThrow({ where: { id: schedule.id } });
    expect(moved.nextRunAt!.getTime()).toBeGreaterThan(now.getTime());
    expect(moved.nextRunAt!.getTime()).toBeLessThanOrEqual(now.getTime() + minutes(5));
    expect(await claimDueSchedules(new Date())).toEqual([]);
    await db.prisma.schedule.delete({ where: { id: schedule.id } });
  });

  it("after a restart, the run-schedules cron function fires a past-due schedule once: base images queued in the background lane, the run recorded", async () => {
    const { createSchedule } = await import("@/lib/schedules/create-schedule");
    const { startJobs, stopJobs } = await import("@/inngest/start-jobs");
    const schedule = await createSchedule(alice, project, parseWith(createScheduleSchema, { cron: "0 2 * * *", action: "generate-base" }));
    // The process was down at 02:00 and at every minute since: the schedule is past due, and the
    // engine's every-minute trigger last fired long ago.
    const dueAt = new Date(Date.now() - 6 * 3_600_000);
    await db.prisma.schedule.update({ where: { id: schedule.id }, data: { nextRunAt: dueAt } });
    await db.prisma.jobCron.create({ data: { functionId: "likeness-schedules-run", expression: "* * * * *", lastTickAt: new Date(Date.now() - 6 * 3_600_000) } });

    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const driver = (await startJobs({ pollIntervalMs: 50 }))!;
    const waitForRun = async () => {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const run = await db.prisma.scheduleRun.findFirst({ where: { scheduleId: schedule.id, status: { not: "running" } } });
        if (run) return run;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error("the schedule never ran");
    };
    const run = await waitForRun();
    expect(run).toMatchObject({ status: "completed", accepted: 3, skipped: 0, dueAt });
    await driver.waitForIdle({ timeoutMs: 120_000 });
    await stopJobs();

    // A second restart finds nothing due: the tick is not fired again.
    await startJobs({ pollIntervalMs: 50 });
    await (await startJobs())!.waitForIdle({ timeoutMs: 60_000 });
    await stopJobs();
    log.mockRestore();

    expect(await db.prisma.scheduleRun.count({ where: { scheduleId: schedule.id } })).toBe(1);
    const after = await db.prisma.schedule.findUniqueOrThrow({ where: { id: schedule.id } });
    expect(after.lastResult).toEqual({ accepted: 3, skipped: 0 });
    expect(after.lastRunAt).toEqual(dueAt);
    expect(after.nextRunAt!.getTime()).toBeGreaterThan(Date.now());
    const generations = await db.prisma.generation.findMany({ where: { projectId: project } });
    expect(generations).toHaveLength(3);
    expect(generations.every((generation) => generation.type === "seed")).toBe(true);
    const runs = await db.prisma.jobRun.findMany({ where: { functionId: "likeness-generation-run" } });
    expect(runs).toHaveLength(3);
    expect(runs.every((jobRun) => (jobRun.event as { data: { lane?: string } }).data.lane === "background")).toBe(true);
    // The every-minute trigger may also have ticked during the test: each tick is its own run, and none fired the schedule again.
    const ticks = await db.prisma.jobRun.findMany({ where: { functionId: "likeness-schedules-run" }, select: { dedupeKey: true } });
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ticks.map((tick) => tick.dedupeKey)).size).toBe(ticks.length);
  });
});
