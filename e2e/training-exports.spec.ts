import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import sharp from "sharp";
import { createProject, signUp } from "./helpers";

const PROMPTS = ["walking in a city street at dusk", "sitting in a café by the window"];

/** An approved avatar with a finished two-image training set, made over REST with the page's session. */
async function avatarWithTrainingSet(page: Page, projectId: string) {
  const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: "#6a5040" } }).png().toBuffer();
  const upload = await page.request.post(`/api/v1/projects/${projectId}/avatars/upload`, {
    multipart: { name: "Zoë Müller", file: { name: "face.png", mimeType: "image/png", buffer: png } },
  });
  expect(upload.status()).toBe(201);
  const { avatar } = await upload.json();
  expect((await page.request.post(`/api/v1/avatars/${avatar.id}/seed-image/approve`)).status()).toBe(200);
  const queued = await page.request.post(`/api/v1/avatars/${avatar.id}/training-set`, { data: { prompts: PROMPTS } });
  expect(queued.status()).toBe(202);
  const { generation } = await queued.json();
  await expect
    .poll(async () => (await (await page.request.get(`/api/v1/generations/${generation.id}`)).json()).generation.status, { timeout: 60_000 })
    .toBe("completed");
  return avatar.id as string;
}

async function downloadZip(page: Page, name: string) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  return { filename: download.suggestedFilename(), zip };
}

test("the training panel sets the trigger word and downloads the set for each LoRA trainer", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signUp(page, "exports");
  const projectId = await createProject(page, "Exports");
  const avatarId = await avatarWithTrainingSet(page, projectId);
  await page.goto(`/projects/${projectId}/avatars/${avatarId}`);
  const panel = page.getByTestId("training-set-panel");
  await expect(panel.getByTestId("training-downloads")).toBeVisible();

  const field = panel.getByRole("textbox", { name: "Trigger word" });
  await expect(field).toHaveAttribute("placeholder", "zoemuller");
  await field.fill("two words");
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  await expect(panel.getByText("Trigger word must be one word")).toBeVisible();
  await field.fill("zmllr");
  await panel.getByRole("button", { name: "Save", exact: true }).click();
  await expect(panel.getByRole("status")).toHaveText("Saved.");
  await expect(field).toHaveValue("zmllr");

  const plain = await downloadZip(page, "Download ZIP");
  expect(plain.filename).toBe("zoe-muller-training-zip.zip");
  expect(Object.keys(plain.zip.files).sort()).toEqual(["images/zoe-muller-01.png", "images/zoe-muller-02.png", "manifest.json"]);

  const kohya = await downloadZip(page, "Download for kohya");
  expect(Object.keys(kohya.zip.files).sort()).toEqual(["10_zmllr/001.png", "10_zmllr/001.txt", "10_zmllr/002.png", "10_zmllr/002.txt"]);
  expect(await kohya.zip.file("10_zmllr/001.txt")!.async("string")).toBe(`zmllr, ${PROMPTS[0]}\n`);

  const toolkit = await downloadZip(page, "Download for ai-toolkit");
  expect(Object.keys(toolkit.zip.files)).toContain("dataset/002.png");
  expect(await toolkit.zip.file("dataset/002.txt")!.async("string")).toBe(`zmllr, ${PROMPTS[1]}\n`);
  expect(await toolkit.zip.file("config.yaml")!.async("string")).toContain('trigger_word: "zmllr"');

  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: "reports/screenshots/training-panel-1366.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId("training-downloads")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId("training-set-panel").screenshot({ path: "reports/screenshots/training-panel-390.png" });
});
