import { randomBytes } from "node:crypto";

/** A REST caller for integration tests: JSON in, `{ status, body }` out. */
export function apiClient(baseUrl: string, token?: string) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const init: RequestInit = { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } };
    if (body instanceof FormData) init.body = body;
    else if (typeof body === "string") init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const res = await fetch(`${baseUrl}${path}`, init);
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: res.status, body: json, headers: res.headers };
  }
  return {
    get: (path: string) => call("GET", path),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call("POST", path, body, headers),
    patch: (path: string, body?: unknown, headers?: Record<string, string>) => call("PATCH", path, body, headers),
    delete: (path: string) => call("DELETE", path),
    raw: (path: string, init?: RequestInit) =>
      fetch(`${baseUrl}${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...init?.headers } }),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;

/** Signs a fresh user up over REST (a random email unless given) and returns a client holding their API token. */
export async function signUpUser(baseUrl: string, label = "user", email = `${label}-${randomBytes(4).toString("hex")}@example.com`) {
  const password = "correct horse battery";
  const anon = apiClient(baseUrl);
  const signup = await anon.post("/api/v1/auth/signup", { email, password });
  if (signup.status !== 201) throw new Error(`signup failed: ${signup.status} ${JSON.stringify(signup.body)}`);
  const login = await anon.post("/api/v1/auth/tokens", { email, password, name: "tests" });
  if (login.status !== 201) throw new Error(`token login failed: ${login.status}`);
  return { email, password, token: login.body.token as string, userId: signup.body.user.id as string, api: apiClient(baseUrl, login.body.token) };
}
