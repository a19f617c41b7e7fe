import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { mockResponses, startMockModelServer, type MockModelServer } from "../tests/support/mock-model-server";
import { startTestApp, type TestApp } from "../tests/integration/support/start-test-app";
import { createProject, signUp } from "./helpers";

/** Upload and approve over REST with the page's session: this spec is about what comes after approval. */
async function createAvatar(page: Page, projectId: string, name: string, approve: boolean) {
  const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: "#7a5040" } }).png().toBuffer();
  const upload = await page.request.post(`/api/v1/projects/${projectId}/avatars/upload`, {
    multipart: { name, file: { name: "face.png", mimeType: "image/png", buffer: png } },
  });
  expect(upload.status()).toBe(201);
  const { avatar } = await upload.json();
  if (approve) expect((await page.request.post(`/api/v1/avatars/${avatar.id}/seed-image/approve`)).status()).toBe(200);
  return avatar.id as string;
}

test("the project's training prompts: defaults listed, own prompts added, edited and deleted, errors beside the field", async ({ page }) => {
  await signUp(page, "prompts");
  const projectId = await createProject(page, "Prompt library");
  await page.getByRole("link", { name: "Training prompts" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/prompts$`));
  await expect(page.getByRole("list", { name: "Default prompts" }).getByText("walking in a city street at dusk")).toBeVisible();

  const field = page.getByLabel("New prompt");
  await page.getByRole("button", { name: "Add prompt" }).click();
  await expect(page.getByText("Prompt is required")).toBeVisible();
  await field.fill("riding a bicycle along a canal");
  await page.getByRole("button", { name: "Add prompt" }).click();
  const own = page.getByTestId("own-prompt");
  await expect(own).toHaveText(/riding a bicycle along a canal/);
  await expect(field).toHaveValue("");

  await field.fill("Walking in a city street at dusk");
  await page.getByRole("button", { name: "Add prompt" }).click();
  await expect(page.getByText("That prompt is already in the default library")).toBeVisible();
  await expect(field).toHaveValue("Walking in a city street at dusk");

  await own.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Prompt", { exact: true }).fill("riding a tandem along a canal");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(own).toHaveText(/riding a tandem along a canal/);

  await own.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("own-prompt")).toHaveCount(0);
  await expect(page.getByText("No prompts of your own yet.")).toBeVisible();
});

test.describe("training set on the avatar page, against the Hugging Face mock", () => {
  let mock: MockModelServer;
  let app: TestApp;
  test.beforeAll(async () => {
    mock = await startMockModelServer();
    app = await startTestApp({ database: "embedded", env: { HF_TOKEN: "x", HF_ENDPOINT_URL: mock.huggingFaceUrl } });
  });
  test.afterAll(async () => {
    await app?.stop();
    await mock?.close();
  });

  test("a failing prompt shows which failed and why; Retry failed fills it; the manifest downloads", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: app.url });
    const page = await context.newPage();
    await signUp(page, "trainer");
    const projectId = await createProject(page, "Training");

    const draftId = await createAvatar(page, projectId, "Draft Only", false);
    await page.goto(`/projects/${projectId}/avatars/${draftId}`);
    const draftPanel = page.getByTestId("training-set-panel");
    await expect(draftPanel.getByText("Approve a base image to generate a training set")).toBeVisible();
    await expect(draftPanel.getByRole("button", { name: "Generate training set" })).toHaveCount(0);

    const avatarId = await createAvatar(page, projectId, "Ava Stone", true);
    await page.goto(`/projects/${projectId}/avatars/${avatarId}`);
    const panel = page.getByTestId("training-set-panel");
    await expect(panel.getByRole("checkbox", { name: "walking in a city street at dusk" })).toBeChecked();

    // Only two one-off prompts, on Hugging Face, whose first request the mock refuses for good.
    await panel.getByRole("button", { name: "None", exact: true }).click();
    await panel.getByRole("button", { name: "Generate training set" }).click();
    await expect(panel.getByText("Choose at least one prompt, or write your own below").first()).toBeVisible();
    await panel.getByLabel("Extra prompts").fill("playing guitar on a rooftop at night\nreading in a quiet library");
    await panel.getByLabel("Provider").selectOption("huggingface");
    mock.reset();
    mock.enqueue("huggingface", mockResponses.badRequest("Input validation error: prompt rejected by the model"));
    await panel.getByRole("button", { name: "Generate training set" }).click();

    const rows = panel.getByTestId("training-row");
    await expect(rows).toHaveCount(2);
    await expect(panel.locator('[data-testid="training-row"][data-status="completed"]')).toHaveCount(1, { timeout: 60_000 });
    const failed = panel.locator('[data-testid="training-row"][data-status="failed"]');
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText("playing guitar on a rooftop at night");
    await expect(failed).toContainText("prompt rejected by the model");
    await expect(panel.getByTestId("training-statistics")).toContainText("1 failed");

    await panel.getByRole("button", { name: "Retry failed (1)" }).click();
    await expect(panel.locator('[data-testid="training-row"][data-status="completed"]')).toHaveCount(2, { timeout: 60_000 });
    await expect(panel.getByTestId("training-statistics")).toContainText("0 failed");
    await expect(panel.getByRole("button", { name: /Retry failed/ })).toHaveCount(0);

    const link = panel.getByRole("link", { name: "Manifest (JSON)", exact: true });
    const download = await page.request.get((await link.getAttribute("href"))!);
    expect(download.headers()["content-disposition"]).toBe('attachment; filename="ava-stone-training-manifest.json"');
    const manifest = await download.json();
    expect(manifest.statistics).toMatchObject({ count: 2, succeeded: 2, failed: 0 });
    expect(manifest.trainingData.map((entry: { filename: string }) => entry.filename)).toEqual(["ava-stone-01.png", "ava-stone-02.png"]);
    await context.close();
  });
});
