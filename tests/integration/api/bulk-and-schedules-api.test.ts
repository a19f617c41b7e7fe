import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";

describe.each(["postgres", "embedded"] as const)("the avatar list, bulk actions and schedules over REST on the %s database", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(async () => app?.stop());

  async function projectWith(names: string[]) {
    const user = await signUpUser(app.url, "grid");
    const projectId = (await user.api.post("/api/v1/projects", { name: "Grid" })).body.project.id as string;
    const ids: string[] = [];
    for (const name of names) ids.push((await user.api.post(`/api/v1/projects/${projectId}/avatars`, { name })).body.avatar.id);
    return { ...user, projectId, ids };
  }

  it("lists with search, status filter and sort; bad values are a 400 naming them; another user's project is a 404", async () => {
    const { api, projectId } = await projectWith(["Maya Christensen", "Omar Haddad", "maya lindqvist"]);
    const found = await api.get(`/api/v1/projects/${projectId}/avatars?q=MAYA&status=pending_upload&sort=name`);
    expect(found.status).toBe(200);
    expect(found.body.avatars.map((avatar: { name: string }) => avatar.name)).toEqual(["Maya Christensen", "maya lindqvist"]);
    expect((await api.get(`/api/v1/projects/${projectId}/avatars?status=approved`)).body.avatars).toEqual([]);
    for (const [query, field] of [["status=lost", "status"], ["sort=random", "sort"], ["limit=0", "limit"], ["bogus=1", "bogus"]]) {
      const res = await api.get(`/api/v1/projects/${projectId}/avatars?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body).toMatchObject({ code: "invalid_input", error: expect.stringContaining(field) });
    }
    const other = await signUpUser(app.url, "other");
    expect((await other.api.get(`/api/v1/projects/${projectId}/avatars`)).status).toBe(404);
  });

  it("bulk generate-base answers 202 { accepted, skipped }, skipping another user's ids as not found without touching them", async () => {
    const owner = await projectWith(["Ada", "Bea"]);
    const other = await projectWith(["Cy"]);
    const res = await owner.api.post(`/api/v1/projects/${owner.projectId}/avatars/bulk`, { action: "generate-base", avatarIds: [...owner.ids, ...other.ids] });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ accepted: owner.ids, skipped: [{ id: other.ids[0], reason: "not found" }] });
    const again = await owner.api.post(`/api/v1/projects/${owner.projectId}/avatars/bulk`, { action: "generate-base", avatarIds: "all-missing-base" });
    expect(again.status).toBe(202);
    expect(again.body.accepted).toEqual([]);
    const cy = (await other.api.get(`/api/v1/avatars/${other.ids[0]}`)).body.avatar;
    expect(cy).toMatchObject({ baseImageStatus: "pending_upload", latestGeneration: null });
    for (const body of [{ action: "paint", avatarIds: owner.ids }, { action: "approve", avatarIds: [] }, { action: "approve" }, { action: "approve", avatarIds: owner.ids, extra: 1 }]) {
      const bad = await owner.api.post(`/api/v1/projects/${owner.projectId}/avatars/bulk`, body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.body.code).toBe("invalid_input");
    }
    expect((await other.api.post(`/api/v1/projects/${owner.projectId}/avatars/bulk`, { action: "delete", avatarIds: owner.ids })).status).toBe(404);
  });

  it("schedules: 201 with the next run, a bad cron or time zone is a 400 naming it, PATCH and DELETE, another user's is a 404", async () => {
    const { api, projectId } = await projectWith([]);
    const made = await api.post(`/api/v1/projects/${projectId}/schedules`, { cron: "0 2 * * *", timezone: "Europe/Paris", action: "generate-base" });
    expect(made.status).toBe(201);
    expect(made.body.schedule).toMatchObject({ cron: "0 2 * * *", timezone: "Europe/Paris", action: "generate-base", enabled: true, lastRunAt: null, lastResult: null });
    expect(new Date(made.body.schedule.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    const id = made.body.schedule.id as string;
    const badCron = await api.post(`/api/v1/projects/${projectId}/schedules`, { cron: "0 25 * * *", action: "generate-base" });
    expect(badCron.status).toBe(400);
    expect(badCron.body.error).toMatch(/^cron: /);
    const badZone = await api.post(`/api/v1/projects/${projectId}/schedules`, { cron: "0 2 * * *", timezone: "Mars/Base", action: "generate-base" });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error).toMatch(/^timezone: /);
    const off = await api.patch(`/api/v1/schedules/${id}`, { enabled: false });
    expect(off.status).toBe(200);
    expect(off.body.schedule).toMatchObject({ enabled: false, nextRunAt: null });
    expect((await api.patch(`/api/v1/schedules/${id}`, { timezone: "Nowhere/Land" })).status).toBe(400);
    const listed = await api.get(`/api/v1/projects/${projectId}/schedules`);
    expect(listed.body.schedules.map((schedule: { id: string }) => schedule.id)).toEqual([id]);
    const other = await signUpUser(app.url, "other");
    expect((await other.api.patch(`/api/v1/schedules/${id}`, { enabled: true })).status).toBe(404);
    expect((await other.api.delete(`/api/v1/schedules/${id}`)).status).toBe(404);
    expect((await other.api.get(`/api/v1/projects/${projectId}/schedules`)).status).toBe(404);
    expect((await api.delete(`/api/v1/schedules/${id}`)).status).toBe(204);
    expect((await api.get(`/api/v1/schedules/${id}`)).status).toBe(404);
  });
});
