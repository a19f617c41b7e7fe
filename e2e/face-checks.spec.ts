import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createProject, signUp } from "./helpers";

const faces = path.join(import.meta.dirname, "..", "tests", "fixtures", "faces");

async function personaWithUpload(page: Page, name: string, file: string) {
  await page.getByRole("button", { name: "New persona" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel("Appearance description").fill("a real photograph");
  await dialog.getByRole("button", { name: "Create persona" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await page.getByTestId("seed-panel").getByRole("button", { name: "Upload" }).click();
  await page.getByRole("dialog").getByLabel("Image").setInputFiles(path.join(faces, file));
  await page.getByRole("dialog").getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("draft")).toBeVisible();
}

test("a real portrait is good and approves with the usual confirmation; offline variations say identity is not measured", async ({ page }) => {
  await signUp(page, "faces1");
  await createProject(page, "Faces");
  await personaWithUpload(page, "Dana", "woman-d.jpg");
  const report = page.getByTestId("seed-panel").getByTestId("quality-report");
  await expect(report.getByTestId("quality-verdict")).toHaveText("Quality: good");
  // A good image asks only the usual question (approving locks the look), not "Approve anyway".
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog", { name: "Approve this seed image?" }).getByRole("button", { name: "Approve and lock" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("approved")).toBeVisible();
  await page.getByRole("button", { name: "Generate 4 variations" }).click();
  const badges = page.getByTestId("variations").getByTestId("identity-badge");
  await expect(badges).toHaveCount(4, { timeout: 60_000 });
  await expect(badges.first()).toHaveText("not measured");
  await expect(badges.first()).toHaveAttribute("title", /offline provider/);
  await expect(page.getByTestId("variations")).toContainText("Identity not measured: face checks apply to photographs");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: "test-results/face-checks-desktop.png", fullPage: true });
});

test("two people in the upload ask for a crop, and the phone layout does not scroll sideways", async ({ page }) => {
  await signUp(page, "faces2");
  await createProject(page, "Crowds");
  await personaWithUpload(page, "Pair", "two-women.jpg");
  const report = page.getByTestId("seed-panel").getByTestId("quality-report");
  await expect(report).toContainText("Two faces found: crop to one person");
  await expect(report.getByTestId("quality-verdict")).toHaveText("Quality: check");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/face-checks-phone.png", fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
