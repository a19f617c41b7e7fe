import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, signUpUser } from "../../support/api-client";
import { startTestApp, type TestApp } from "../support/start-test-app";

const LIMITS = { SIGNIN_FAILURES_PER_ACCOUNT_ADDRESS: "3", SIGNIN_FAILURES_PER_ACCOUNT: "6", SIGNIN_FAILURES_PER_ADDRESS: "100" };

/** A browser's cookie jar, just enough for Auth.js: the csrf cookie, then the session cookie. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    take(res: Response) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(";");
        const at = pair.indexOf("=");
        const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
        if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.set(name, value);
        else cookies.delete(name);
      }
    },
    get: (name: string) => cookies.get(name),
  };
}

/** Signs in through Auth.js's own credentials endpoint, as a browser's form post does. */
async function browserSignIn(url: string, email: string, password: string, headers: Record<string, string> = {}) {
  const jar = cookieJar();
  const csrf = await fetch(`${url}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(), ...headers },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/projects` }),
  });
  jar.take(res);
  return { res, jar, csrfToken, signedIn: Boolean(jar.get("authjs.session-token")) };
}

function withCookie(url: string, cookie: string) {
  return fetch(`${url}/api/v1/projects`, { headers: { cookie } });
}

describe.each(["postgres", "embedded"] as const)("sign-in limits, sessions and headers on %s", (database) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ database, env: LIMITS });
  });
  afterAll(() => app?.stop());

  it("token login: 429 with Retry-After after the pair's failures, the right password too; spoofed headers do not escape it", async () => {
    const user = await signUpUser(app.url, "limit");
    const anon = apiClient(app.url);
    const attempt = (password: string, i: number) =>
      anon.post("/api/v1/auth/tokens", { email: user.email, password, name: "t" }, { "x-forwarded-for": `203.0.113.${i}`, "x-likeness-socket-address": `198.51.100.${i}` });
    for (let i = 0; i < 3; i++) expect((await attempt("wrong password", i)).status).toBe(401);
    const refused = await attempt(user.password, 9);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: "Too many attempts, try again in 15 minutes.", code: "rate_limited" });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(800);
    // The account's own token still works: limits gate signing in, not a signed-in caller.
    expect((await user.api.get("/api/v1/projects")).status).toBe(200);
  });

  it("credentials sign-in: wrong passwords redirect back, then 429 with Retry-After, the right password too", async () => {
    const user = await signUpUser(app.url, "browser");
    for (let i = 0; i < 3; i++) {
      const { res, signedIn } = await browserSignIn(app.url, user.email, "wrong password");
      expect(res.status).toBe(302);
      expect(signedIn).toBe(false);
    }
    const { res, signedIn } = await browserSignIn(app.url, user.email, user.password);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(signedIn).toBe(false);
  });

  it("a success resets its pair", async () => {
    const user = await signUpUser(app.url, "reset");
    const anon = apiClient(app.url);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) expect((await anon.post("/api/v1/auth/tokens", { email: user.email, password: "nope nope", name: "t" })).status).toBe(401);
      expect((await anon.post("/api/v1/auth/tokens", { email: user.email, password: user.password, name: "t" })).status).toBe(201);
    }
  });

  it("sign-out ends the session: the old cookie no longer reads /api/v1/projects", async () => {
    const user = await signUpUser(app.url, "signout");
    const { jar, csrfToken, signedIn } = await browserSignIn(app.url, user.email, user.password);
    expect(signedIn).toBe(true);
    const oldCookie = jar.header();
    expect((await withCookie(app.url, oldCookie)).status).toBe(200);
    const out = await fetch(`${app.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: oldCookie },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${app.url}/signin` }),
    });
    expect(out.status).toBe(302);
    const after = await withCookie(app.url, oldCookie);
    expect(after.status).toBe(401);
    expect((await after.json()).code).toBe("unauthorized");
  });

  it("a password change ends the other sessions and keeps the caller's; the old password stops working", async () => {
    const user = await signUpUser(app.url, "pw");
    const mine = (await browserSignIn(app.url, user.email, user.password)).jar.header();
    const other = (await browserSignIn(app.url, user.email, user.password)).jar.header();
    const bad = await fetch(`${app.url}/api/v1/me/password`, {
      method: "POST",
      headers: { cookie: mine, "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: "wrong one", newPassword: "another good password" }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).details).toEqual({ currentPassword: ["Your current password is not correct."] });
    const changed = await fetch(`${app.url}/api/v1/me/password`, {
      method: "POST",
      headers: { cookie: mine, "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: user.password, newPassword: "another good password" }),
    });
    expect(changed.status).toBe(204);
    expect((await withCookie(app.url, other)).status).toBe(401);
    expect((await withCookie(app.url, mine)).status).toBe(200);
    const anon = apiClient(app.url);
    expect((await anon.post("/api/v1/auth/tokens", { email: user.email, password: user.password, name: "t" })).status).toBe(401);
    expect((await anon.post("/api/v1/auth/tokens", { email: user.email, password: "another good password", name: "t" })).status).toBe(201);
  });

  it("PATCH /api/v1/me changes the name; bad input is a 400 with field messages", async () => {
    const user = await signUpUser(app.url, "me");
    expect((await user.api.patch("/api/v1/me", { name: "Ada Lovelace" })).body.user.name).toBe("Ada Lovelace");
    expect((await user.api.get("/api/v1/me")).body.user).toMatchObject({ email: user.email, name: "Ada Lovelace" });
    const bad = await user.api.patch("/api/v1/me", { name: "x".repeat(101), role: "admin" });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("invalid_input");
    const short = await user.api.post("/api/v1/me/password", { currentPassword: user.password, newPassword: "short" });
    expect(short.status).toBe(400);
    expect(short.body.details.newPassword).toBeDefined();
  });

  it("DELETE /api/v1/me needs the password, then removes the account: its token answers 401", async () => {
    const user = await signUpUser(app.url, "delete");
    await user.api.post("/api/v1/projects", { name: "Doomed" });
    const refused = await user.api.raw("/api/v1/me", { method: "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ password: "wrong" }) });
    expect(refused.status).toBe(400);
    const deleted = await user.api.raw("/api/v1/me", { method: "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ password: user.password }) });
    expect(deleted.status).toBe(204);
    expect((await user.api.get("/api/v1/projects")).status).toBe(401);
    expect((await apiClient(app.url).post("/api/v1/auth/tokens", { email: user.email, password: user.password, name: "t" })).status).toBe(401);
  });

  it("sends the security headers on a page and on an API answer; the page's scripts carry the policy's nonce", async () => {
    const page = await fetch(`${app.url}/signin`);
    const html = await page.text();
    const api = await fetch(`${app.url}/api/v1/health`);
    for (const res of [page, api]) {
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
    const policy = page.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).not.toContain("unsafe-eval");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(api.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("TRUST_PROXY and disabled accounts (postgres)", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ database: "postgres", env: { ...LIMITS, TRUST_PROXY: "true" } });
  });
  afterAll(() => app?.stop());

  it("with TRUST_PROXY=true each first X-Forwarded-For hop is its own address", async () => {
    const user = await signUpUser(app.url, "proxy");
    const anon = apiClient(app.url);
    const from = (address: string, password: string) =>
      anon.post("/api/v1/auth/tokens", { email: user.email, password, name: "t" }, { "x-forwarded-for": `${address}, 10.0.0.1` });
    for (let i = 0; i < 3; i++) expect((await from("203.0.113.7", "wrong password")).status).toBe(401);
    expect((await from("203.0.113.7", user.password)).status).toBe(429);
    expect((await from("203.0.113.8", user.password)).status).toBe(201);
  });

  it("after the per-account limit the account is refused from every address", async () => {
    const user = await signUpUser(app.url, "account");
    const anon = apiClient(app.url);
    for (let i = 0; i < 6; i++) {
      const res = await anon.post("/api/v1/auth/tokens", { email: user.email, password: "wrong password", name: "t" }, { "x-forwarded-for": `192.0.2.${i}` });
      expect(res.status).toBe(401);
    }
    const fresh = await anon.post("/api/v1/auth/tokens", { email: user.email, password: user.password, name: "t" }, { "x-forwarded-for": "192.0.2.200" });
    expect(fresh.status).toBe(429);
  });

  it("a disabled account: its sessions and tokens answer 401 and it cannot sign in", async () => {
    const user = await signUpUser(app.url, "disabled");
    const { jar } = await browserSignIn(app.url, user.email, user.password, { "x-forwarded-for": "192.0.2.50" });
    expect((await withCookie(app.url, jar.header())).status).toBe(200);
    const client = new pg.Client({ connectionString: app.databaseUrl });
    await client.connect();
    await client.query(`UPDATE "User" SET "disabledAt" = now() WHERE email = $1`, [user.email]);
    await client.end();
    expect((await withCookie(app.url, jar.header())).status).toBe(401);
    expect((await user.api.get("/api/v1/projects")).status).toBe(401);
    const login = await apiClient(app.url).post("/api/v1/auth/tokens", { email: user.email, password: user.password, name: "t" }, { "x-forwarded-for": "192.0.2.51" });
    expect(login.status).toBe(401);
    expect(login.body.error).toContain("disabled");
  });
});
