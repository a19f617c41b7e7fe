import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/start-test-app";

/*
 * The production build in a browser, with a flag threshold so low that the benign test portrait counts as
 * explicit (no explicit photograph exists offline): the upload is refused beside the file field, and once
 * the project allows explicit content the image shows blurred until "Explicit content — show" is clicked.
 */

const PORTRAIT = path.resolve(import.meta.dirname, "../../../e2e/fixtures/portrait.png");
const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ database: "embedded", env: { SAFETY_FLAG_THRESHOLD: "0.001" } });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: BROWSER_ARGS });
  page = await browser.newPage({ baseURL: app.url });
  page.setDefaultTimeout(30_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function uploadAvatar(name: string) {
  await page.getByRole("button", { name: "Upload" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload an avatar" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Image").setInputFiles(PORTRAIT);
  await dialog.getByRole("button", { name: "Upload" }).click();
  return dialog;
}

describe("explicit content in the UI", () => {
  it("refuses an explicit upload beside the file field, then blurs the allowed one behind a click", async () => {
    await page.goto("/signup");
    await page.getByLabel("Email").fill(`explicit-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/projects$/);
    const newButton = page.getByRole("button", { name: "New project" });
    if (await newButton.isVisible()) await newButton.click();
    await page.getByLabel("Project name").fill("Explicit");
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByRole("heading", { level: 1, name: "Explicit" }).waitFor();
    const projectUrl = page.url();
    const projectId = projectUrl.split("/projects/")[1];

    const dialog = await uploadAvatar("Refused");
    const fileInput = dialog.getByLabel("Image");
    await dialog.getByText(/classified as explicit content/).first().waitFor();
    const description = await fileInput.evaluate((el) => (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
    expect(description).toMatch(/This image was classified as explicit content/);
    expect(page.url()).toBe(projectUrl);

    // The REST door answers the same refusal as JSON, and writes nothing.
    const rest = await page.request.post(`/api/v1/projects/${projectId}/avatars/upload`, {
      multipart: { name: "Refused by REST", file: { name: "portrait.png", mimeType: "image/png", buffer: readFileSync(PORTRAIT) } },
      headers: { origin: app.url },
    });
    expect(rest.status()).toBe(422);
    expect(await rest.json()).toMatchObject({ code: "explicit_content", error: expect.stringMatching(/classified as explicit content/) });
    const listed = await page.request.get(`/api/v1/projects/${projectId}/avatars`);
    expect((await listed.json()).avatars).toEqual([]);

    const patched = await page.request.patch(`/api/v1/projects/${projectId}`, { data: { settings: { allowExplicit: true } }, headers: { origin: app.url } });
    expect(patched.status()).toBe(200);
    await page.goto(projectUrl);
    await uploadAvatar("Allowed");
    await page.waitForURL(/\/avatars\/[^/]+$/);

    const show = page.getByRole("button", { name: "Explicit content — show" });
    await expect.poll(() => show.count()).toBeGreaterThanOrEqual(1);
    const large = page.getByRole("button", { name: "Open Allowed base image large" });
    expect(await large.count()).toBe(0);
    const blurred = page.locator("[data-explicit-cover] img").first();
    expect(await blurred.evaluate((img) => getComputedStyle(img.parentElement!.closest(".blur-xl")!).filter)).toMatch(/blur/);
    await show.first().click();
    await large.click();
    const opened = page.getByRole("dialog", { name: "Allowed base image" });
    await opened.waitFor();
    // The large image is decoded once it has loaded, which may be a moment after the dialog opens.
    const largeImage = opened.getByRole("img", { name: "Allowed base image" });
    await expect.poll(() => largeImage.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);

    // The project's grid blurs the card too, and the click there reveals instead of opening the avatar.
    await page.goto(projectUrl);
    const cardShow = page.getByRole("button", { name: "Explicit content — show" });
    await cardShow.first().waitFor();
    await cardShow.first().click();
    expect(page.url()).toBe(projectUrl);
    expect(await page.getByRole("button", { name: "Explicit content — show" }).count()).toBe(0);
  }, 180_000);
});
