import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { startMockModelServer, type MockModelServer } from "../tests/support/mock-model-server";
import { startTestApp, type TestApp } from "../tests/integration/support/start-test-app";
import { createProject, signUp } from "./helpers";

const SHOTS = process.env.SCREENSHOT_DIR;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  // No page may scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
}

test.describe("provider options follow the chosen provider (OpenAI and ComfyUI configured, the rest not)", () => {
  let mock: MockModelServer;
  let app: TestApp;

  test.beforeAll(async () => {
    mock = await startMockModelServer();
    app = await startTestApp({
      database: "embedded",
      env: { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: mock.openaiBaseUrl, OPENAI_IMAGE_QUALITY: "medium", COMFYUI_URL: mock.comfyUrl },
    });
  });
  test.afterAll(async () => {
    await app?.stop();
    await mock?.close();
  });

  for (const viewport of [
    { name: "desktop", width: 1366, height: 900 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    test(`generate form at ${viewport.width} px: unconfigured providers disabled with the reason, fields switch with the provider`, async ({ browser }) => {
      const context = await browser.newContext({ baseURL: app.url, viewport });
      const page = await context.newPage();
      await signUp(page, `providers-${viewport.name}`);
      const projectId = await createProject(page, "Providers");
      await page.goto(`/projects/${projectId}/avatars/new`);
      const provider = page.getByLabel("Provider");

      await expect(provider.locator("option", { hasText: "Replicate (Set REPLICATE_API_TOKEN to enable Replicate)" })).toBeDisabled();
      await expect(provider.locator("option", { hasText: "Stability AI (Set STABILITY_API_KEY to enable Stability AI)" })).toBeDisabled();
      await expect(provider.locator("option", { hasText: "Hugging Face (Set HF_TOKEN to enable Hugging Face)" })).toBeDisabled();
      await expect(provider.locator("option", { hasText: "OpenAI" })).toBeEnabled();

      // Local: seeds yes, no negative prompt (it draws from the look, not from words), no quality.
      await expect(provider).toHaveValue("local");
      await expect(page.getByLabel("Seed")).toBeVisible();
      await expect(page.getByText("This provider takes no negative prompt")).toBeVisible();
      await expect(page.getByLabel("Quality")).toHaveCount(0);
      await shot(page, `generate-local-${viewport.name}`);

      // OpenAI: no seed (said instead), a negative prompt, and its quality levels with the configured default.
      await provider.selectOption("openai");
      await expect(page.getByLabel("Seed")).toHaveCount(0);
      await expect(page.getByText("This provider ignores seeds")).toBeVisible();
      await expect(page.getByLabel("Negative prompt")).toBeVisible();
      const quality = page.getByLabel("Quality");
      await expect(quality.locator("option")).toHaveText(["Default (medium)", "low", "medium", "high"]);
      await shot(page, `generate-openai-${viewport.name}`);

      // ComfyUI: seed and negative prompt from its workflows' placeholders.
      await provider.selectOption("comfyui");
      await expect(page.getByLabel("Seed")).toBeVisible();
      await expect(page.getByLabel("Negative prompt")).toBeVisible();
      await expect(page.getByLabel("Quality")).toHaveCount(0);

      // Submitting OpenAI with a quality queues it through the mock.
      await provider.selectOption("openai");
      await page.getByLabel("Name", { exact: true }).fill("Quality check");
      await page.getByLabel("Prompt", { exact: true }).fill("portrait of a pilot");
      await page.getByLabel("Quality").selectOption("high");
      await page.getByRole("button", { name: "Generate avatar" }).click();
      await expect(page).toHaveURL(/\/avatars\/[^/]+$/);
      await expect.poll(() => mock.requestsFor("openai-generations").map((req) => (req.json as { quality?: string }).quality)).toContain("high");
      await context.close();
    });
  }

  for (const viewport of [
    { name: "desktop", width: 1366, height: 900 },
    { name: "phone", width: 390, height: 844 },
  ]) {
    test(`variations at ${viewport.width} px: the grid mode makes four variations from one local grid; batch and variations selects disable unconfigured providers`, async ({ browser }) => {
      const context = await browser.newContext({ baseURL: app.url, viewport });
      const page = await context.newPage();
      await signUp(page, `grid-${viewport.name}`);
      const projectId = await createProject(page, "Grid");
      const png = await sharp({ create: { width: 512, height: 512, channels: 3, background: "#7a5040" } }).png().toBuffer();
      const upload = await page.request.post(`/api/v1/projects/${projectId}/avatars/upload`, {
        multipart: { name: "Grid Person", file: { name: "face.png", mimeType: "image/png", buffer: png } },
      });
      const { avatar } = await upload.json();
      expect((await page.request.post(`/api/v1/avatars/${avatar.id}/seed-image/approve`)).status()).toBe(200);
      await page.goto(`/projects/${projectId}/avatars/${avatar.id}`);
      const panel = page.getByTestId("seed-panel");
      await expect(panel.getByLabel("Provider").locator("option", { hasText: "Replicate (Set REPLICATE_API_TOKEN to enable Replicate)" })).toBeDisabled();
      await panel.getByLabel("Variations").selectOption("grid");
      await shot(page, `variations-grid-${viewport.name}`);
      await panel.getByRole("button", { name: "Generate 4 variations" }).click();
      await expect(page.getByTestId("variations").getByRole("button", { name: /Open Variation/ })).toHaveCount(4, { timeout: 60_000 });
      const images = await (await page.request.get(`/api/v1/avatars/${avatar.id}/images?kind=variation`)).json();
      expect(images.images.map((image: { width: number }) => image.width)).toEqual([256, 256, 256, 256]);
      await shot(page, `variations-done-${viewport.name}`);

      await page.goto(`/projects/${projectId}/batches`);
      await page.getByRole("button", { name: "New batch" }).first().click();
      const dialog = page.getByRole("dialog", { name: "New batch" });
      await expect(dialog.getByLabel("Image provider").locator("option", { hasText: "Stability AI (Set STABILITY_API_KEY" })).toBeDisabled();
      await expect(dialog.getByLabel("Variations", { exact: true })).toHaveValue("separate");
      await shot(page, `new-batch-${viewport.name}`);
      await context.close();
    });
  }
});
