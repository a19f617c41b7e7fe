import pg from "pg";
import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { signUpUser } from "../tests/support/api-client";
import { multipart } from "../tests/support/test-images";
import { waitForGeneration } from "../tests/support/wait-for-generation";
import { startTestApp, type TestApp } from "../tests/integration/support/start-test-app";

/*
 * The review queue in a browser. Its images are marked for review by writing their rows (the drift
 * retries do it for real), so this spec runs its own app on PostgreSQL, where the test can reach them.
 */
let app: TestApp;
let sql: pg.Client;
let user: Awaited<ReturnType<typeof signUpUser>>;
let projectId: string;
let worst: string;
let better: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  app = await startTestApp({ database: "postgres" });
  sql = new pg.Client({ connectionString: app.databaseUrl });
  await sql.connect();
  user = await signUpUser(app.url, "e2e-review");
  projectId = (await user.api.post("/api/v1/projects", { name: "Queue" })).body.project.id;
  const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: "#8a5a44" } }).png().toBuffer();
  const avatar = (await user.api.post(`/api/v1/projects/${projectId}/avatars/upload`, multipart({ name: "Ada" }, { data: png, type: "image/png", name: "a.png" }))).body.avatar;
  expect((await user.api.post(`/api/v1/avatars/${avatar.id}/seed-image/approve`, {})).status).toBe(200);
  const requested = await user.api.post(`/api/v1/avatars/${avatar.id}/variations`, {});
  await waitForGeneration(user.api, requested.body.generation.id, 90_000);
  const ids = ((await user.api.get(`/api/v1/avatars/${avatar.id}/images?kind=variation`)).body.images as { id: string }[]).map((image) => image.id).sort();
  [worst, better] = ids;
  const mark = (id: string, score: number) =>
    sql.query(`UPDATE "Image" SET review = 'needs_review', identity = $2::jsonb WHERE id = $1`, [id, JSON.stringify({ score, status: "drifted", attempts: 3 })]);
  await mark(worst, 0.35);
  await mark(better, 0.55);
});

test.afterAll(async () => {
  await sql?.end();
  await app?.stop();
});

test("the review queue: j/k move, a keeps, r rejects and regenerates, on a phone-sized screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${app.url}/signin`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/projects$/);

  await page.goto(`${app.url}/projects/${projectId}`);
  await expect(page.getByRole("link", { name: /Review/ }).getByTestId("tab-badge")).toHaveText(/^2/);
  await page.getByRole("link", { name: /Review/ }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByTestId("shortcut-legend")).toContainText("reject and regenerate");

  const items = page.getByTestId("review-item");
  await expect(items).toHaveCount(2);
  // Lowest score first, seed and image side by side, the reason in words.
  await expect(items.first()).toHaveAttribute("aria-current", "true");
  await expect(items.first().getByTestId("identity-badge")).toHaveText("drifted 0.35");
  await expect(items.first()).toContainText("similarity 0.35, below this project's 0.70");
  await expect(items.first().getByRole("button", { name: "Open Ada seed large" })).toBeVisible();
  await items.first().getByRole("button", { name: "Open Ada: Variation large" }).click();
  await expect(page.getByRole("dialog").getByRole("img", { name: "Ada: Variation" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.keyboard.press("j");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(items.first()).toBeFocused();
  await page.keyboard.press("j");
  await expect(items.nth(1)).toBeFocused();

  await page.keyboard.press("a");
  await expect(page.getByTestId("review-status")).toHaveText("Kept Ada: Variation");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toBeFocused();
  await expect(items.first().getByTestId("identity-badge")).toHaveText("drifted 0.35");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/review-queue-phone.png", fullPage: true });

  await page.keyboard.press("r");
  await expect(page.getByTestId("review-status")).toHaveText("Rejected Ada: Variation: a replacement is being generated");
  await expect(items).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(page.getByTestId("tab-badge")).toHaveCount(0);

  expect((await user.api.get(`/api/v1/images/${better}`)).body.image.review).toBe("kept");
  expect((await user.api.get(`/api/v1/images/${worst}`)).status).toBe(404);
});
