import { expect, test } from "@playwright/test";
import { signUp } from "./helpers";

test("a NUL character in a form field is refused beside the field, and the form keeps working", async ({ page }) => {
  await signUp(page, "nul");
  await page.goto("/projects");
  const newButton = page.getByRole("button", { name: "New project" });
  if (await newButton.isVisible()) await newButton.click();
  await page.getByLabel("Project name").fill("Bad\u0000name");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText(/contains a NUL character or broken Unicode/).first()).toBeVisible();
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  for (const [width, height, name] of [[1366, 900, "desktop"], [390, 844, "phone"]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/request-hardening-nul-${name}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.getByLabel("Project name").fill("Good name");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Good name" })).toBeVisible();
});

test("with the browser session, the API answers JSON errors: bad paths, foreign origins, unknown routes", async ({ page }) => {
  await signUp(page, "api");
  const api = page.request;
  const ok = await api.get("/api/v1/projects");
  expect(ok.status()).toBe(200);
  const cases: [Promise<import("@playwright/test").APIResponse>, number, string][] = [
    [api.get("/api/v1/projects/%ff"), 400, "invalid_input"],
    [api.get("/api/v1/projects?cursor=a%00b"), 400, "invalid_input"],
    [api.get("/api/v1/projects?cursor=garbage"), 400, "invalid_input"],
    [api.get("/api/v1/no-such-route"), 404, "not_found"],
    [api.post("/api/v1/projects", { headers: { origin: "null" }, data: { name: "x" } }), 403, "forbidden"],
    [api.post("/api/v1/projects", { headers: { origin: "https://evil.example" }, data: { name: "x" } }), 403, "forbidden"],
    [api.post("/api/v1/projects", { data: { name: "x", extra: true } }), 400, "invalid_input"],
  ];
  for (const [pending, status, code] of cases) {
    const res = await pending;
    expect(res.status(), res.url()).toBe(status);
    expect(res.headers()["content-type"]).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ error: expect.any(String), code });
  }
  expect((await (await api.get("/api/v1/projects")).json()).projects).toEqual([]);
});
