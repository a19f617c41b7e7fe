import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserSession, getLiveSessionUser, revokeOtherUserSessions, revokeUserSession } from "@/lib/auth/sessions/user-sessions";
import { resetConfig } from "@/lib/config/env";
import { RateLimitedError, UnauthorizedError } from "@/lib/errors";
import { consume, peek, reset } from "@/lib/rate-limit/rate-limit";
import { hashPassword } from "@/lib/users/password";
import { assertSignInAllowed, recordSignInFailure } from "@/lib/users/sign-in-limits";
import { signInWithPassword } from "@/lib/users/sign-in-with-password";
import { setUpLibEnvironment } from "../support/lib-environment";

const PASSWORD = "correct horse battery";

describe.each(["postgres", "embedded"] as const)("limiter and sessions on %s", (database) => {
  let env: Awaited<ReturnType<typeof setUpLibEnvironment>>;
  let userId: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    env = await setUpLibEnvironment({ label: "auth", database });
    Object.assign(process.env, { SIGNIN_FAILURES_PER_ACCOUNT_ADDRESS: "3", SIGNIN_FAILURES_PER_ACCOUNT: "5", SIGNIN_FAILURES_PER_ADDRESS: "7" });
    resetConfig();
    userId = (await env.db.prisma.user.create({ data: { email: "ada@example.com", passwordHash: await hashPassword(PASSWORD) } })).id;
  });

  afterAll(async () => {
    for (const key of ["SIGNIN_FAILURES_PER_ACCOUNT_ADDRESS", "SIGNIN_FAILURES_PER_ACCOUNT", "SIGNIN_FAILURES_PER_ADDRESS"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    await env.tearDown();
  });

  it("counts points in a window, refuses past the limit and opens a new window when it ends", async () => {
    const rule = { points: 3, windowMs: 60_000 };
    const start = new Date("2030-01-01T00:00:00Z");
    const states = [];
    for (let i = 0; i < 4; i++) states.push(await consume("t:window", rule, { now: new Date(start.getTime() + i * 1000) }));
    expect(states.map((s) => s.allowed)).toEqual([true, true, true, false]);
    expect(states.map((s) => s.remaining)).toEqual([2, 1, 0, 0]);
    expect(states[3].resetAt.toISOString()).toBe("2030-01-01T00:01:00.000Z");
    expect(states[3].retryAfterMs).toBe(57_000);
    expect((await peek("t:window", rule, { now: new Date(start.getTime() + 5000) })).allowed).toBe(false);
    const after = await consume("t:window", rule, { now: new Date(start.getTime() + 60_000) });
    expect(after).toMatchObject({ allowed: true, consumed: 1, remaining: 2 });
    await reset("t:window");
    expect((await peek("t:window", rule, { now: new Date(start.getTime() + 61_000) })).consumed).toBe(0);
  });

  it("consumes atomically under concurrency: 40 parallel consumes count 40", async () => {
    const rule = { points: 25, windowMs: 60_000 };
    const states = await Promise.all(Array.from({ length: 40 }, () => consume("t:parallel", rule)));
    expect(states.filter((s) => s.allowed)).toHaveLength(25);
    expect(Math.max(...states.map((s) => s.consumed))).toBe(40);
    expect(new Set(states.map((s) => s.consumed)).size).toBe(40);
  });

  it("prunes expired buckets", async () => {
    await consume("t:old", { points: 1, windowMs: 1000 }, { now: new Date("2000-01-01T00:00:00Z") });
    (globalThis as { likenessRateLimitPrunedAt?: number }).likenessRateLimitPrunedAt = 0;
    await consume("t:fresh", { points: 1, windowMs: 60_000 });
    expect(await env.db.prisma.rateLimitBucket.findUnique({ where: { key: "t:old" } })).toBeNull();
  });

  it("refuses the pair after its failure limit, the right password too, and a success from elsewhere is untouched", async () => {
    for (let i = 0; i < 3; i++) await expect(signInWithPassword("ada@example.com", "wrong", "10.0.0.1")).rejects.toBeInstanceOf(UnauthorizedError);
    const refused = await signInWithPassword("ada@example.com", PASSWORD, "10.0.0.1").catch((e) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused.message).toBe("Too many attempts, try again in 15 minutes.");
    expect(refused.retryAfterMs).toBeGreaterThan(14 * 60_000);
    expect((await signInWithPassword("ada@example.com", PASSWORD, "10.0.0.2")).id).toBe(userId);
    // The window passes: the pair may try again.
    await expect(assertSignInAllowed("ada@example.com", "10.0.0.1", new Date(Date.now() + 15 * 60_000 + 1000))).resolves.toBeUndefined();
  });

  it("a success resets its pair", async () => {
    await env.db.prisma.rateLimitBucket.deleteMany();
    await signInWithPassword("ada@example.com", "wrong", "10.0.1.1").catch(() => undefined);
    await signInWithPassword("ada@example.com", "wrong", "10.0.1.1").catch(() => undefined);
    await signInWithPassword("ada@example.com", PASSWORD, "10.0.1.1");
    await signInWithPassword("ada@example.com", "wrong", "10.0.1.1").catch(() => undefined);
    await signInWithPassword("ada@example.com", "wrong", "10.0.1.1").catch(() => undefined);
    expect((await signInWithPassword("ada@example.com", PASSWORD, "10.0.1.1")).id).toBe(userId);
  });

  it("refuses the account from every address after the per-account limit", async () => {
    await env.db.prisma.rateLimitBucket.deleteMany();
    for (let i = 0; i < 5; i++) await recordSignInFailure("bo@example.com", `10.1.0.${i}`);
    await expect(assertSignInAllowed("bo@example.com", "10.9.9.9")).rejects.toBeInstanceOf(RateLimitedError);
    await expect(assertSignInAllowed("other@example.com", "10.9.9.9")).resolves.toBeUndefined();
  });

  it("refuses the address for every account after the per-address limit", async () => {
    await env.db.prisma.rateLimitBucket.deleteMany();
    for (let i = 0; i < 7; i++) await recordSignInFailure(`u${i}@example.com`, "10.2.0.1");
    await expect(assertSignInAllowed("ada@example.com", "10.2.0.1")).rejects.toBeInstanceOf(RateLimitedError);
    await expect(assertSignInAllowed("ada@example.com", "10.2.0.2")).resolves.toBeUndefined();
  });

  it("sessions end when revoked, when others are revoked, and when the account is disabled", async () => {
    const a = await createUserSession(userId, 60_000);
    const b = await createUserSession(userId, 60_000);
    const c = await createUserSession(userId, 60_000);
    expect((await getLiveSessionUser(a, userId))?.id).toBe(userId);
    expect(await getLiveSessionUser(a, "someone-else")).toBeNull();
    await revokeUserSession(a);
    expect(await getLiveSessionUser(a, userId)).toBeNull();
    await revokeOtherUserSessions(userId, b);
    expect(await getLiveSessionUser(c, userId)).toBeNull();
    expect((await getLiveSessionUser(b, userId))?.id).toBe(userId);
    await env.db.prisma.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
    expect(await getLiveSessionUser(b, userId)).toBeNull();
    await env.db.prisma.rateLimitBucket.deleteMany();
    await expect(signInWithPassword("ada@example.com", PASSWORD, "10.3.0.1")).rejects.toThrow("This account is disabled");
    await env.db.prisma.user.update({ where: { id: userId }, data: { disabledAt: null } });
    expect(await getLiveSessionUser(await createUserSession(userId, -1), userId)).toBeNull();
  });
});
