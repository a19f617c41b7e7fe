import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, signUpUser } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";

describe.each(["postgres", "embedded"] as const)("REST API on the %s database", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(async () => app?.stop());

  it("reports health with the database kind", async () => {
    const res = await apiClient(app.url).get("/api/v1/health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "ok", database, version: expect.any(String) });
  });

  it("signs up, refuses a taken email, a bad email and a short password", async () => {
    const anon = apiClient(app.url);
    const ok = await anon.post("/api/v1/auth/signup", { email: "Someone@Example.com", password: "long enough", name: "Some One" });
    expect(ok.status).toBe(201);
    expect(ok.body.user).toMatchObject({ email: "someone@example.com", name: "Some One" });
    expect(ok.body.user.passwordHash).toBeUndefined();
    const taken = await anon.post("/api/v1/auth/signup", { email: "someone@example.com", password: "long enough" });
    expect(taken.status).toBe(409);
    expect(taken.body).toEqual({ error: "An account with this email already exists. Sign in instead.", code: "conflict" });
    const badEmail = await anon.post("/api/v1/auth/signup", { email: "not-an-email", password: "long enough" });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error).toMatch(/email/i);
    expect(badEmail.body).toMatchObject({ code: "invalid_input", details: { email: [expect.any(String)] } });
    const shortPassword = await anon.post("/api/v1/auth/signup", { email: "b@example.com", password: "short" });
    expect(shortPassword.status).toBe(400);
    expect(shortPassword.body.error).toMatch(/at least 8 characters/);
  });

  it("issues a token for the right password only, and the token authenticates", async () => {
    const user = await signUpUser(app.url);
    const anon = apiClient(app.url);
    const wrong = await anon.post("/api/v1/auth/tokens", { email: user.email, password: "wrong password", name: "x" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBeTruthy();
    expect(wrong.body.code).toBe("unauthorized");
    expect((await user.api.get("/api/v1/projects")).status).toBe(200);
    expect((await apiClient(app.url, "lk_notarealtoken").get("/api/v1/projects")).status).toBe(401);
    const anonymous = await anon.get("/api/v1/projects");
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ error: "Sign in or send an API token (Authorization: Bearer <token>)", code: "unauthorized" });
  });

  it("creates, lists newest first with pagination, reads, updates and deletes projects", async () => {
    const { api } = await signUpUser(app.url);
    const names = ["First", "Second", "Third"];
    for (const name of names) expect((await api.post("/api/v1/projects", { name, description: `About ${name}` })).status).toBe(201);
    const page1 = await api.get("/api/v1/projects?limit=2");
    expect(page1.body.projects.map((p: { name: string }) => p.name)).toEqual(["Third", "Second"]);
    expect(page1.body.nextCursor).toBeTruthy();
    const page2 = await api.get(`/api/v1/projects?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.projects.map((p: { name: string }) => p.name)).toEqual(["First"]);
    expect(page2.body.nextCursor).toBeNull();

    const id = page2.body.projects[0].id;
    expect((await api.get(`/api/v1/projects/${id}`)).body.project).toMatchObject({ id, name: "First", description: "About First" });
    const renamed = await api.patch(`/api/v1/projects/${id}`, { name: "  Renamed  " });
    expect(renamed.status).toBe(200);
    expect(renamed.body.project).toMatchObject({ name: "Renamed", description: "About First" });
    const cleared = await api.patch(`/api/v1/projects/${id}`, { description: null });
    expect(cleared.body.project.description).toBeNull();
    expect((await api.delete(`/api/v1/projects/${id}`)).status).toBe(204);
    expect((await api.get(`/api/v1/projects/${id}`)).status).toBe(404);
  });

  it("refuses bad input with a 400 and a message, writing nothing", async () => {
    const { api } = await signUpUser(app.url);
    const cases: [unknown, RegExp][] = [
      [{ name: "" }, /Name is required/],
      [{ name: "   " }, /Name is required/],
      [{ name: "x".repeat(101) }, /at most 100/],
      [{ name: "ok", description: "d".repeat(2001) }, /2,000/],
      [{ name: 42 }, /name/i],
      [{ name: "ok", description: 7 }, /description/i],
      [{ name: "ok", owner: "someone" }, /owner|unrecognized/i],
    ];
    for (const [body, message] of cases) {
      const res = await api.post("/api/v1/projects", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error).toMatch(message);
    }
    const malformed = await api.post("/api/v1/projects", "{not json", { "content-type": "application/json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/Malformed JSON/);
    const wrongType = await api.post("/api/v1/projects", "name=x", { "content-type": "application/x-www-form-urlencoded" });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error).toMatch(/application\/json/);
    expect((await api.get("/api/v1/projects?limit=0")).status).toBe(400);
    expect((await api.get("/api/v1/projects")).body.projects).toEqual([]);
  });

  it("another user's project is a 404 on every route, exactly like a missing one", async () => {
    const alice = await signUpUser(app.url, "alice");
    const bob = await signUpUser(app.url, "bob");
    const project = (await alice.api.post("/api/v1/projects", { name: "Alice's" })).body.project;
    const missing = await bob.api.get("/api/v1/projects/does-not-exist");
    expect(missing.body).toEqual({ error: "Project not found", code: "not_found" });
    for (const res of [
      await bob.api.get(`/api/v1/projects/${project.id}`),
      await bob.api.patch(`/api/v1/projects/${project.id}`, { name: "Mine now" }),
      await bob.api.delete(`/api/v1/projects/${project.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(missing.body);
    }
    expect((await bob.api.get("/api/v1/projects")).body.projects).toEqual([]);
    expect((await alice.api.get(`/api/v1/projects/${project.id}`)).body.project.name).toBe("Alice's");
  });

  it("revoked tokens stop working; tokens list shows name and never the secret", async () => {
    const user = await signUpUser(app.url);
    const created = await user.api.post("/api/v1/tokens", { name: "script" });
    expect(created.status).toBe(201);
    const scriptApi = apiClient(app.url, created.body.token);
    expect((await scriptApi.get("/api/v1/projects")).status).toBe(200);
    const list = await user.api.get("/api/v1/tokens");
    const row = list.body.tokens.find((t: { id: string }) => t.id === created.body.id);
    expect(row).toMatchObject({ name: "script", lastUsedAt: expect.any(String) });
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect((await user.api.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    expect((await scriptApi.get("/api/v1/projects")).status).toBe(401);
  });
});

describe("sign-up closed", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database: "embedded", env: { ALLOW_SIGNUP: "false" } });
  });
  afterAll(async () => app?.stop());

  it("answers 403 when ALLOW_SIGNUP=false", async () => {
    const res = await apiClient(app.url).post("/api/v1/auth/signup", { email: "x@example.com", password: "long enough" });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/closed/);
    expect(res.body.code).toBe("forbidden");
  });
});
