import path from "node:path";
import { expect, test } from "@playwright/test";
import { createProject, signUp } from "./helpers";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

test("generate an avatar with the local provider, follow its progress, see thumbnail and full image", async ({ page }) => {
  await signUp(page, "gen");
  await createProject(page, "Gallery");
  await page.getByRole("link", { name: "Generate avatar" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill("Marta");
  await page.getByLabel("Prompt", { exact: true }).fill("Confident product designer");
  await page.getByLabel("Skin tone").selectOption("tan");
  await page.getByLabel("Size").selectOption("512x512");
  await expect(page.getByTestId("prompt-preview")).toContainText("tan skin");
  await expect(page.getByTestId("negative-preview")).toContainText("blurry");
  await page.getByRole("button", { name: "Generate avatar" }).click();

  await expect(page).toHaveURL(/\/avatars\/[^/]+$/);
  await expect(page.getByRole("button", { name: /Open Marta base image large/ })).toBeVisible();
  await expect(page.getByTestId("detail-provider")).toHaveText("local");
  await expect(page.getByTestId("detail-size")).toHaveText("512 × 512");
  await page.getByRole("button", { name: /Open Marta base image large/ }).click();
  const large = page.getByRole("dialog").getByRole("img", { name: "Marta base image" });
  await expect(large).toBeVisible();
  expect(await large.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);
  await page.keyboard.press("Escape");

  await page.getByRole("link", { name: "Gallery" }).click();
  const card = page.getByRole("link", { name: /Marta/ });
  await expect(card.getByText("draft")).toBeVisible();
  const thumbnail = card.getByRole("img", { name: "Marta" });
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(300);
});

test("upload a PNG; a text file named .png is refused with a message", async ({ page }) => {
  test.setTimeout(150_000);
  await signUp(page, "upload");
  await createProject(page, "Uploads");
  await page.getByRole("button", { name: "Upload" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Impostor");
  // Refused as soon as it is chosen: the browser cannot draw it (the server would refuse it too).
  await dialog.getByLabel("Image").setInputFiles(fixture("not-an-image.png"));
  await expect(dialog.getByRole("alert")).toContainText("The image could not be read");
  await expect(dialog.getByRole("img", { name: "Selected image preview" })).toHaveCount(0);
  await expect(dialog.getByLabel("Name")).toHaveValue("Impostor");

  await dialog.getByLabel("Image").setInputFiles(fixture("portrait.png"));
  await dialog.getByRole("button", { name: "Upload" }).click();
  // The upload is checked before it answers (content safety, face quality); the first check in a server
  // loads both models, which beside another worker's batch on CI's 2 cores took more than 20 s once.
  await expect(page).toHaveURL(/\/avatars\/[^/]+$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Impostor");
  await expect(page.getByRole("button", { name: /Open Impostor base image large/ })).toBeVisible();
});

test("forms say what is wrong beside the field, and keep what was typed", async ({ page }) => {
  await signUp(page, "fields");
  await createProject(page, "Field errors");
  await page.getByRole("link", { name: "Generate avatar" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill("Nadia");
  await page.getByLabel("Prompt", { exact: true }).fill("Architect on a rooftop");
  await page.getByLabel("Seed").fill("abc");
  await page.getByLabel("Age", { exact: true }).fill("500");
  await page.getByRole("button", { name: "Generate avatar" }).click();
  await expect(page.getByLabel("Seed")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Seed")).toHaveAccessibleDescription("Seed must be a number");
  await expect(page.getByLabel("Age", { exact: true })).toHaveAccessibleDescription("Age must be between 1 and 120");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Nadia");

  await page.getByRole("link", { name: "Field errors" }).click();
  await page.getByRole("button", { name: "Upload" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("No file");
  await dialog.getByRole("button", { name: "Upload" }).click();
  await expect(dialog.getByLabel("Image")).toHaveAccessibleDescription("Choose an image to upload");
  await expect(dialog.getByLabel("Name")).toHaveValue("No file");
});
