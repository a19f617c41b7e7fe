import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, signUpUser } from "../../support/api-client";
import { makePng, multipart } from "../../support/test-images";
import { startTestApp, type TestApp } from "../support/start-test-app";
import { allowFor, discoverApiRoutes, fillTemplate, METHODS, type ApiRoute, type Method } from "./api-routes";
import { rawRequest } from "./raw-request";
import { sessionCookie } from "./session-cookie";

/**
 * The hostile-client suite: every route.ts under app/api/v1 (found on disk) and each of its methods
 * gets the same bad requests, and every answer must be a 4xx JSON `{ error, code }`, never a 5xx.
 */
const ROUTES = discoverApiRoutes();
const WRITES: Method[] = ["POST", "PUT", "PATCH", "DELETE"];
const MB = 1024 * 1024;

type Ids = Record<string, string>;

/** A body each JSON- or upload-reading write accepts, so that one extra key is the only thing wrong with it. */
function validBody(method: Method, template: string, ids: Ids): Record<string, unknown> | undefined {
  const unique = randomBytes(4).toString("hex");
  const bodies: Record<string, Record<string, unknown>> = {
    "POST /api/v1/auth/signup": { email: `new-${unique}@example.com`, password: "long enough password" },
    "POST /api/v1/auth/tokens": { email: "someone@example.com", password: "whatever", name: "cli" },
    "PATCH /api/v1/avatars/:avatarId": { name: "Renamed" },
    "POST /api/v1/avatars/:avatarId/seed-image/approve": {},
    "POST /api/v1/avatars/:avatarId/seed-image/generate": {},
    "POST /api/v1/avatars/:avatarId/seed-image/reject": {},
    "POST /api/v1/avatars/:avatarId/seed-image/select": { imageId: ids.imageId },
    "POST /api/v1/avatars/:avatarId/training-set": {},
    "POST /api/v1/avatars/:avatarId/training-set/retry": {},
    "POST /api/v1/avatars/:avatarId/variations": {},
    "POST /api/v1/projects": { name: "Project" },
    "PATCH /api/v1/projects/:projectId": { name: "Renamed" },
    "POST /api/v1/projects/:projectId/avatars": { name: "Persona" },
    "POST /api/v1/projects/:projectId/avatars/generate": { name: "Generated", prompt: "a portrait" },
    "POST /api/v1/projects/:projectId/batches": { count: 1, images: false },
    "POST /api/v1/projects/:projectId/training-prompts": { text: `a new prompt ${unique}` },
    "PATCH /api/v1/projects/:projectId/training-prompts/:promptId": { text: `an edited prompt ${unique}` },
    "POST /api/v1/tokens": { name: "ci" },
    // Multipart: the text fields beside the file.
    "POST /api/v1/projects/:projectId/avatars/upload": { name: "Uploaded" },
    "POST /api/v1/avatars/:avatarId/seed-image/upload": {},
    "PATCH /api/v1/me": { name: "Alice" },
    "POST /api/v1/me/password": { currentPassword: "not the password", newPassword: "another long password" },
    "POST /api/v1/projects/:projectId/avatars/import": { name: "Imported", imageUrl: "http://127.0.0.1:9/x.png" },
    "POST /api/v1/projects/:projectId/batches/estimate": { count: 1 },
    "POST /api/v1/avatars/:avatarId/variations/estimate": {},
    "POST /api/v1/avatars/:avatarId/training-set/estimate": {},
    // Alice is this app's admin (ADMIN_EMAILS); bob is the account she manages.
    "PATCH /api/v1/admin/users/:userId": { quotaImagesPerMonth: 5 },
    "PATCH /api/v1/admin/settings": { signupOpen: true },
    "POST /api/v1/projects/:projectId/avatars/bulk": { action: "approve", avatarIds: [ids.avatarId] },
    "POST /api/v1/projects/:projectId/schedules": { cron: "0 2 * * *", action: "generate-base" },
    "PATCH /api/v1/schedules/:scheduleId": { enabled: false },
    "POST /api/v1/webhooks": { url: "http://127.0.0.1:9/hook", events: ["training.completed"] },
    "PATCH /api/v1/webhooks/:webhookId": { enabled: false },
    "POST /api/v1/images/:imageId/reject": {},
  };
  return bodies[`${method} ${template}`];
}

/** Each route × method, with what it reads. */
function cases(filter: (route: ApiRoute, method: Method) => boolean = () => true) {
  return ROUTES.flatMap((route) => route.methods.filter((method) => filter(route, method)).map((method) => ({ route, method })));
}

const readsBody = (route: ApiRoute, method: Method) => method !== "GET" && method !== "DELETE" && (route.readsJson || route.readsUpload);

function expectJsonError(answer: { status: number; body: unknown; contentType?: string | null }, label: string, status?: number | RegExp) {
  const where = `${label} → ${answer.status} ${JSON.stringify(answer.body)}`;
  expect(answer.status, where).toBeGreaterThanOrEqual(400);
  expect(answer.status, where).toBeLessThan(500);
  if (typeof status === "number") expect(answer.status, where).toBe(status);
  expect(answer.contentType ?? "", where).toMatch(/application\/json/);
  expect(answer.body, where).toMatchObject({ error: expect.any(String), code: expect.any(String) });
}

/**
 * Next.js resolves `.` and `..` like any URL client before routing: the answer is the resolved path's
 * (a 4xx JSON for anything left over, e.g. the catch-all's 404), or a 308 to it when only a trailing
 * slash remains (`/api/v1/..` is `/api`). Nothing answers 5xx or HTML, and no dot survives.
 */
function expectDotsResolved(answer: { status: number; body: unknown; contentType?: string | null; location?: string }, label: string) {
  // `/avatars/./training-set` is `/avatars/training-set`, an avatar id with no POST: a 405 JSON, checked below.
  if (answer.status === 308) {
    expect(answer.location, label).toMatch(/^\/api(\/|$)/);
    expect(answer.location, label).not.toMatch(/(^|\/)\.{1,2}(\/|$)|%2e/i);
    return;
  }
  expectJsonError(answer, label);
}

const ADMIN_EMAIL = "alice-the-admin@example.com";

describe.each(["embedded", "postgres"] as const)("hostile requests on every /api/v1 route, %s database", (database) => {
  let app: TestApp;
  let alice: Awaited<ReturnType<typeof signUpUser>>;
  let bob: Awaited<ReturnType<typeof signUpUser>>;
  let ids: Ids;
  let png: Buffer;

  /** A request as `token` (alice by default); the answer's body parsed when it is JSON. */
  async function send(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; token?: string | null } = {}) {
    const token = init.token === undefined ? alice.token : init.token;
    const res = await fetch(`${app.url}${path}`, {
      method,
      body: init.body,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init.headers },
      redirect: "manual",
      // An answer that streams on (GET /api/v1/events taking a request it should refuse) fails here, not by hanging the test.
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: expectJsonError says so
    }
    return { status: res.status, body, contentType: res.headers.get("content-type"), allow: res.headers.get("allow") };
  }

  /** A request sent byte for byte as written (no URL normalization), as alice. */
  async function sendRaw(method: string, path: string) {
    const answer = await rawRequest({ url: app.url, method, path, headers: { authorization: `Bearer ${alice.token}` } });
    let body: unknown = answer.text;
    try {
      body = JSON.parse(answer.text);
    } catch {
      // not JSON: expectJsonError says so
    }
    return { status: answer.status, body, contentType: String(answer.headers["content-type"] ?? ""), location: answer.headers.location };
  }

  const json = (body: unknown) => ({ body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json" } });

  /** The route's body for `fields`: JSON, or multipart with a real PNG for upload routes. */
  function bodyFor(route: ApiRoute, fields: Record<string, unknown>) {
    if (!route.readsUpload) return json(fields);
    return { body: multipart(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)])), { data: png, type: "image/png", name: "me.png" }) };
  }

  const pathOf = (route: ApiRoute, values: Ids = ids) => fillTemplate(route.template, values);

  beforeAll(async () => {
    app = await startTestApp({ database, env: { ADMIN_EMAILS: ADMIN_EMAIL, WEBHOOKS_ALLOW_PRIVATE_URLS: "true" } });
    png = await makePng(80, 80);
    alice = await signUpUser(app.url, "alice", ADMIN_EMAIL);
    bob = await signUpUser(app.url, "bob");
    const api = alice.api;
    const projectId = (await api.post("/api/v1/projects", { name: "Alice's" })).body.project.id;
    const upload = await api.post(`/api/v1/projects/${projectId}/avatars/upload`, multipart({ name: "Alice" }, { data: png, type: "image/png", name: "a.png" }));
    const avatar = upload.body.avatar;
    const promptId = (await api.post(`/api/v1/projects/${projectId}/training-prompts`, { text: "standing in the rain" })).body.prompt.id;
    const tokenId = (await api.post("/api/v1/tokens", { name: "spare" })).body.id;
    const generationId = (await api.post(`/api/v1/avatars/${avatar.id}/seed-image/generate`, {})).body.generation.id;
    const batchId = (await api.post(`/api/v1/projects/${projectId}/batches`, { count: 1, images: false })).body.batch.id;
    const scheduleId = (await api.post(`/api/v1/projects/${projectId}/schedules`, { cron: "0 2 * * *", action: "generate-base" })).body.schedule.id;
    // Told only of training sets, which nothing here makes: no delivery is attempted.
    const webhookId = (await api.post("/api/v1/webhooks", { url: "http://127.0.0.1:9/hook", events: ["training.completed"] })).body.webhook.id;
    ids = {
      projectId,
      avatarId: avatar.id,
      imageId: avatar.baseImage.id,
      promptId,
      tokenId,
      generationId,
      batchId,
      userId: bob.userId,
      scheduleId,
      webhookId,
      path: "no-such-route",
    };
    for (const [name, value] of Object.entries(ids)) expect(value, name).toEqual(expect.any(String));
  });
  afterAll(async () => app?.stop());

  it("knows every route and method on disk", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(40);
    for (const route of ROUTES) expect(route.methods.length, route.file).toBeGreaterThan(0);
    // Every other method goes to the route's JSON 405 fallback, which the suite never counts as a method.
    for (const route of ROUTES.filter((route) => route.template !== "/api/v1/:path")) {
      const others = [...METHODS.filter((method) => !route.methods.includes(method)), "OPTIONS", ...(route.methods.includes("GET") ? [] : ["HEAD"])];
      expect([...route.refused].sort(), `${route.file}: export const { ${others.join(", ")} } = refuseOtherMethods({ ${route.methods.join(", ")} })`).toEqual(others.sort());
    }
    for (const { route, method } of cases(readsBody)) expect(validBody(method, route.template, ids), `add ${method} ${route.template} to validBody`).toBeDefined();
  });

  it("a NUL, a lone surrogate or a malformed percent-encoding in a path id is a 400 JSON; a dot id is resolved away", async () => {
    for (const { route, method } of cases((route) => route.params.length > 0)) {
      for (const param of route.params) {
        for (const bad of ["a%00b", "%ff", "%c0%ae%c0%ae", "%ed%a0%80", "abc%"]) {
          const path = pathOf(route, { ...ids, [param]: bad });
          expectJsonError(await send(method, path), `${method} ${path}`, 400);
        }
        for (const dots of ["..", "%2e%2e", "."]) {
          // Raw: fetch() would resolve the dots away before sending.
          const path = pathOf(route, { ...ids, [param]: dots });
          expectDotsResolved(await sendRaw(method, path), `${method} ${path}`);
        }
      }
    }
  });

  it("an unknown /api/v1 path is a 404 JSON for every method, and dot segments are resolved, never served", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      for (const path of ["/api/v1", "/api/v1/nope", "/api/v1/projects/x/nope/deeper"]) {
        expectJsonError(await send(method, path), `${method} ${path}`, 404);
      }
      for (const path of ["/api/v1/projects/../tokens/..", "/api/v1/./health/..", "/api/v1/%2e%2e", "/api/v1/projects/%2E%2E/nope"]) {
        expectDotsResolved(await sendRaw(method, path), `${method} ${path}`);
      }
    }
  });

  it("a method a route does not offer is a 405 JSON method_not_allowed with Allow, signed in or not; OPTIONS lists the same", async () => {
    for (const route of ROUTES.filter((route) => route.template !== "/api/v1/:path")) {
      const allow = allowFor(route.methods);
      const others = [...METHODS.filter((method) => !route.methods.includes(method)), ...(route.methods.includes("GET") ? [] : ["HEAD"])];
      for (const method of others) {
        for (const token of [alice.token, null]) {
          const label = `${method} ${route.template}${token ? "" : " (no credentials)"}`;
          const answer = await send(method, pathOf(route), { token, ...(method === "GET" || method === "HEAD" ? {} : json({ name: "x" })) });
          expect(answer.status, label).toBe(405);
          expect(answer.allow, label).toBe(allow);
          if (method === "HEAD") continue; // no body, by HTTP
          expectJsonError(answer, label, 405);
          expect(answer.body, label).toEqual({ error: `${method} is not allowed on ${pathOf(route)}. Allowed: ${allow}.`, code: "method_not_allowed" });
        }
      }
      const options = await send("OPTIONS", pathOf(route), { token: null });
      expect(options.status, `OPTIONS ${route.template}`).toBe(204);
      expect(options.allow, `OPTIONS ${route.template}`).toBe(allow);
    }
  });

  it("a NUL in any query value or name is a 400 invalid_input on every route and method; a malformed escape in a GET's query is never a 5xx", async () => {
    for (const { route, method } of cases()) {
      for (const query of ["cursor=a%00b&batchId=x", "a%00b=1"]) {
        const path = `${pathOf(route)}?${query}`;
        const answer = await send(method, path);
        expectJsonError(answer, `${method} ${path}`, 400);
        expect(answer.body, `${method} ${path}`).toMatchObject({ code: "invalid_input" });
      }
      // URLSearchParams reads a broken escape as U+FFFD or as itself: text PostgreSQL can store, so any answer but
      // a 5xx. Reads only: a write would run.
      if (method !== "GET") continue;
      for (const query of ["q=%ff", "q=%ed%a0%80", "q=abc%", "%c0%ae=1"]) {
        const answer = await send(method, `${pathOf(route)}?${query}`);
        expect(answer.status, `${method} ${route.template}?${query} → ${answer.status}`).toBeLessThan(500);
      }
    }
  }, 180_000);

  it("a NUL or a lone surrogate in a body field (JSON or multipart) is a 400 invalid_input naming the field", async () => {
    for (const { route, method } of cases(readsBody)) {
      const label = `${method} ${route.template}`;
      const base = validBody(method, route.template, ids) ?? {};
      if (route.readsUpload) {
        const answer = await send(method, pathOf(route), bodyFor(route, { ...base, name: "a\u0000b" }));
        expectJsonError(answer, label, 400);
        expect(answer.body, label).toMatchObject({ code: "invalid_input", error: expect.stringMatching(/NUL/) });
        // In a part's name, and in the file's name.
        const fields = Object.fromEntries(Object.entries(base).map(([key, value]) => [key, String(value)]));
        for (const body of [multipart({ ...fields, "na\u0000me": "x" }, { data: png, type: "image/png", name: "me.png" }), multipart(fields, { data: png, type: "image/png", name: "m\u0000e.png" })]) {
          const refused = await send(method, pathOf(route), { body });
          expectJsonError(refused, `${label} (NUL in a part or file name)`, 400);
          expect(refused.body, label).toMatchObject({ code: "invalid_input", error: expect.stringMatching(/NUL/) });
        }
        continue;
      }
      for (const raw of ['{"name":"a\\u0000b"}', '{"name":"x\\ud800y"}', '{"nested":{"list":["ok","\\udfff"]}}', '{"a\\u0000":1}']) {
        const answer = await send(method, pathOf(route), json(raw));
        expectJsonError(answer, `${label} ${raw}`, 400);
        expect(answer.body, `${label} ${raw}`).toMatchObject({ code: "invalid_input", error: expect.stringMatching(/NUL character or broken Unicode/) });
      }
    }
  });

  it("an unknown key beside a valid body is a 400 invalid_input, and nothing is written", async () => {
    const before = (await alice.api.get("/api/v1/projects?limit=100")).body.projects.length;
    for (const { route, method } of cases(readsBody)) {
      const label = `${method} ${route.template}`;
      const answer = await send(method, pathOf(route), bodyFor(route, { ...validBody(method, route.template, ids), unexpectedKey: "1" }));
      expectJsonError(answer, label, 400);
      expect(answer.body, label).toMatchObject({ code: "invalid_input", error: expect.stringMatching(/unrecognized key/i) });
    }
    expect((await alice.api.get("/api/v1/projects?limit=100")).body.projects.length).toBe(before);
  });

  it("a declared oversize body is a 413 JSON at once, before the body arrives, on every route and method", async () => {
    const times: number[] = [];
    for (const { route, method } of cases()) {
      const answer = await rawRequest({
        url: app.url,
        method,
        path: pathOf(route),
        headers: { authorization: `Bearer ${alice.token}`, "content-type": "application/json", "content-length": String(64 * MB) },
        partialBody: Buffer.from('{"name":"x'),
        timeoutMs: 5000,
      });
      const label = `${method} ${route.template}`;
      expectJsonError({ status: answer.status, body: JSON.parse(answer.text), contentType: String(answer.headers["content-type"]) }, label, 413);
      expect(JSON.parse(answer.text), label).toMatchObject({ code: "payload_too_large" });
      times.push(answer.ms);
    }
    times.sort((a, b) => a - b);
    // The bound is 100 ms; the median holds it on a busy shared machine, the slowest gets slack.
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(100);
    expect(times[times.length - 1]).toBeLessThan(2000);
  });

  it("a chunked body past the limit is refused with 413 as it arrives, on every route that reads one", async () => {
    for (const { route, method } of cases(readsBody)) {
      const limit = route.readsUpload ? 10 * MB + 64 * 1024 : MB;
      const answer = await rawRequest({
        url: app.url,
        method,
        path: pathOf(route),
        headers: {
          authorization: `Bearer ${alice.token}`,
          "content-type": route.readsUpload ? "multipart/form-data; boundary=x" : "application/json",
          "transfer-encoding": "chunked",
        },
        // Just past the limit and never finished: only a server that refuses the body as it arrives answers.
        streamBytes: limit + 64 * 1024,
        endBody: false,
        // A busy shared machine can take seconds to move 10 MB through the server; the assertions are the same.
        timeoutMs: 60_000,
      });
      const label = `${method} ${route.template}`;
      expectJsonError({ status: answer.status, body: JSON.parse(answer.text), contentType: String(answer.headers["content-type"]) }, label, 413);
      expect(JSON.parse(answer.text), label).toMatchObject({ code: "payload_too_large" });
    }
  }, 300_000);

  it("a 100 MB chunked sign-up body is cut off near the 1 MB limit: the server stops reading long before the end", async () => {
    const answer = await rawRequest({
      url: app.url,
      method: "POST",
      path: "/api/v1/auth/signup",
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      streamBytes: 100 * MB,
      paceMs: 10,
      timeoutMs: 60_000,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({ error: "Request body too large. Maximum size is 1MB", code: "payload_too_large" });
    // What the client got to write is the limit plus what the sockets buffer, not the 100 MB.
    expect(answer.bytesWritten).toBeLessThan(20 * MB);
  });

  it("a cookie-authenticated write with Origin null or a malformed Origin is a 403 JSON", async () => {
    const cookie = await sessionCookie(app.url, alice.email, alice.password);
    expect((await send("GET", "/api/v1/projects", { token: null, headers: { cookie } })).status).toBe(200);
    for (const { route, method } of cases((route, method) => WRITES.includes(method) && !route.isPublic)) {
      for (const origin of ["null", "not a url", "http://", "file:///etc/passwd", "https://evil.example"]) {
        const label = `${method} ${route.template} Origin: ${origin}`;
        const answer = await send(method, pathOf(route), { token: null, headers: { cookie, origin, "content-type": "application/json" }, body: "{}" });
        expectJsonError(answer, label, 403);
        expect(answer.body, label).toMatchObject({ code: "forbidden" });
      }
    }
  });

  it("a garbage cursor is a 400 Invalid cursor on every paginated list", async () => {
    const lists = cases((route, method) => method === "GET" && route.paginated);
    expect(lists.length).toBeGreaterThanOrEqual(4);
    for (const { route } of lists) {
      for (const cursor of ["garbage", "ckxxxxxxxxxxxxxxxxxxxxxxx", ids.tokenId]) {
        const answer = await send("GET", `${pathOf(route)}?cursor=${cursor}`);
        expectJsonError(answer, `GET ${route.template}?cursor=${cursor}`, 400);
        expect(answer.body).toMatchObject({ error: "Invalid cursor", code: "invalid_input" });
      }
    }
  });

  it("another user's ids read as 404 on every route and method that takes one", async () => {
    for (const { route, method } of cases((route) => route.params.length > 0 && route.template !== "/api/v1/:path")) {
      const base = validBody(method, route.template, ids);
      const label = `${method} ${route.template} as bob`;
      const answer = await send(method, pathOf(route), { token: bob.token, ...(base && method !== "GET" && method !== "DELETE" ? bodyFor(route, base) : {}) });
      expectJsonError(answer, label, 404);
      expect(answer.body, label).toMatchObject({ code: "not_found" });
    }
    expect((await alice.api.get(`/api/v1/projects/${ids.projectId}`)).status).toBe(200);
    expect((await apiClient(app.url, alice.token).get("/api/v1/tokens")).body.tokens.some((token: { id: string }) => token.id === ids.tokenId)).toBe(true);
  });

  it("no request above left a server error in the log", () => {
    expect(app.logs()).not.toMatch(/\[api\]|Internal Server Error|Failed to decode/);
  });
});
