import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, signUpUser, type ApiClient } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ADMIN_EMAIL = "the-admin@example.com";
const PASSWORD = "correct horse battery";

describe.each(["postgres", "embedded"] as const)("quotas, estimates, usage, admins and the API rate limit over REST (%s database)", (database) => {
  let app: TestApp;
  let admin: ApiClient;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp({
      database,
      // The offline provider counts against a 12-image quota so refusals need no remote provider.
      env: { ADMIN_EMAILS: ` ${ADMIN_EMAIL.toUpperCase()} `, QUOTA_IMAGES_PER_MONTH: "12", QUOTA_COUNTS_LOCAL: "true", RATE_LIMIT_PER_MINUTE: "200" },
    });
    const anon = apiClient(app.url);
    adminId = (await anon.post("/api/v1/auth/signup", { email: ADMIN_EMAIL, password: PASSWORD })).body.user.id;
    const login = await anon.post("/api/v1/auth/tokens", { email: ADMIN_EMAIL, password: PASSWORD, name: "admin" });
    admin = apiClient(app.url, login.body.token);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it("estimates a batch before it starts and refuses one past the quota with 429, writing nothing", async () => {
    const { api } = await signUpUser(app.url, "quota");
    const projectId = (await api.post("/api/v1/projects", { name: "Quota" })).body.project.id;
    const estimate = await api.post(`/api/v1/projects/${projectId}/batches/estimate`, { count: 3 });
    expect(estimate.status).toBe(200);
    expect(estimate.body).toMatchObject({ images: 15, estimatedCostUsd: 0, withinQuota: false, remaining: { images: 12, costUsd: null } });
    const fits = await api.post(`/api/v1/projects/${projectId}/batches/estimate`, { count: 2 });
    expect(fits.body).toMatchObject({ images: 10, withinQuota: true });
    const refused = await api.post(`/api/v1/projects/${projectId}/batches`, { count: 3 });
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: "Monthly image quota reached: 0 of 12 images used; this batch needs 15.", code: "quota_exceeded" });
    expect((await api.get(`/api/v1/projects/${projectId}/batches`)).body.batches).toEqual([]);
    expect((await api.post(`/api/v1/projects/${projectId}/batches/estimate`, { count: 0 })).status).toBe(400);
    const usage = await api.get("/api/v1/usage");
    expect(usage.body).toMatchObject({ images: 0, quota: { images: 12, costUsd: null }, remaining: { images: 12, costUsd: null } });
    expect((await api.get("/api/v1/usage?month=2026-13")).status).toBe(400);
    const providers = await api.get("/api/v1/providers");
    expect(providers.body.providers.find((provider: { name: string }) => provider.name === "local")).toMatchObject({ usdPerImage: 0 });
    expect(providers.body.providers.find((provider: { name: string }) => provider.name === "openai").prices).toContainEqual({
      model: "gpt-image-1",
      quality: "medium",
      usdPerImage: 0.042,
    });
  });

  it("hides the admin API from everyone else behind the same 404 as a missing route", async () => {
    const { api } = await signUpUser(app.url, "nosy");
    for (const answer of [
      await api.get("/api/v1/admin/users"),
      await api.patch(`/api/v1/admin/users/${adminId}`, { disabled: true }),
      await api.patch("/api/v1/admin/settings", { signupOpen: false }),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe("not_found");
    }
    const missing = await api.get("/api/v1/admin/nothing-here");
    expect(missing.status).toBe(404);
  });

  it("lets an admin set a quota, close sign-up and disable a user (token refused, running work cancelled)", async () => {
    const user = await signUpUser(app.url, "managed");
    const list = await admin.get("/api/v1/admin/users?limit=100");
    expect(list.status).toBe(200);
    const row = list.body.users.find((entry: { email: string }) => entry.email === user.email);
    expect(row).toMatchObject({ disabled: false, quota: { images: 12, costUsd: null }, imagesThisMonth: 0, admin: false });
    expect(list.body.users.find((entry: { email: string }) => entry.email === ADMIN_EMAIL)).toMatchObject({ admin: true });

    expect((await admin.patch(`/api/v1/admin/users/${user.userId}`, { quotaImagesPerMonth: -1 })).status).toBe(400);
    expect((await admin.patch(`/api/v1/admin/users/${user.userId}`, {})).status).toBe(400);
    expect((await admin.patch(`/api/v1/admin/users/${user.userId}`, { bogus: 1 })).status).toBe(400);
    expect((await admin.patch("/api/v1/admin/users/nobody", { disabled: true })).status).toBe(404);
    expect((await admin.patch(`/api/v1/admin/users/${adminId}`, { disabled: true })).status).toBe(400);
    const raised = await admin.patch(`/api/v1/admin/users/${user.userId}`, { quotaImagesPerMonth: 100 });
    expect(raised.body.user).toMatchObject({ quotaImagesPerMonth: 100, quota: { images: 100 } });

    const projectId = (await user.api.post("/api/v1/projects", { name: "Busy" })).body.project.id;
    const batch = await user.api.post(`/api/v1/projects/${projectId}/batches`, { count: 10 });
    expect(batch.status).toBe(202);
    const disabled = await admin.patch(`/api/v1/admin/users/${user.userId}`, { disabled: true });
    expect(disabled.body.user).toMatchObject({ disabled: true });
    expect((await user.api.get("/api/v1/projects")).status).toBe(401);
    const login = await apiClient(app.url).post("/api/v1/auth/tokens", { email: user.email, password: user.password, name: "again" });
    expect(login.status).toBe(401);
    // Its batch was cancelled (seen by the user once re-enabled).
    await admin.patch(`/api/v1/admin/users/${user.userId}`, { disabled: false });
    await pause(200);
    const after = await user.api.get(`/api/v1/batches/${batch.body.batch.id}`);
    expect(["cancelled", "completed"]).toContain(after.body.batch.status);
    expect(after.body.batch.status).toBe("cancelled");

    expect((await admin.patch("/api/v1/admin/settings", { signupOpen: "no" })).status).toBe(400);
    expect((await admin.patch("/api/v1/admin/settings", { signupOpen: false })).body).toEqual({ signupOpen: false });
    const closed = await apiClient(app.url).post("/api/v1/auth/signup", { email: "late@example.com", password: PASSWORD });
    expect(closed.status).toBe(403);
    expect((await apiClient(app.url).get("/api/v1/health")).body.signup).toBe(false);
    await admin.patch("/api/v1/admin/settings", { signupOpen: true });
    expect((await apiClient(app.url).post("/api/v1/auth/signup", { email: "late@example.com", password: PASSWORD })).status).toBe(201);
  });

  it("rate-limits each token: RateLimit headers on every answer, 429 with Retry-After past the limit", async () => {
    const { api } = await signUpUser(app.url, "busy");
    const first = await api.get("/api/v1/projects");
    expect(first.headers.get("ratelimit-limit")).toBe("200");
    expect(Number(first.headers.get("ratelimit-remaining"))).toBe(199);
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
    const answers = await Promise.all(Array.from({ length: 205 }, () => api.get("/api/v1/projects")));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(199);
    expect(limited).toHaveLength(6);
    expect(limited[0].body.code).toBe("rate_limited");
    expect(Number(limited[0].headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited[0].headers.get("ratelimit-remaining")).toBe("0");
    // Another token of another user is counted apart.
    const other = await signUpUser(app.url, "calm");
    expect((await other.api.get("/api/v1/projects")).status).toBe(200);
  });
});
