import path from "node:path";
import { expect, test } from "@playwright/test";
import { createProject, signUp } from "./helpers";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const GIF_1X1 = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

test("the upload field checks type and size on selection with the server's messages; a refused file leaves no preview", async ({ page }) => {
  await signUp(page, "pick");
  await createProject(page, "Picks");
  await page.getByRole("button", { name: "Upload" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload an avatar" });
  await dialog.getByLabel("Name").fill("Picky");
  const input = dialog.getByLabel("Image");
  const preview = dialog.getByRole("img", { name: "Selected image preview" });
  const chosen = () => input.evaluate((el: HTMLInputElement) => el.files?.length ?? 0);

  await input.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await expect(input).toHaveAccessibleDescription("Invalid file type. Allowed: image/png, image/jpeg, image/webp");
  await expect(preview).toHaveCount(0);
  expect(await chosen()).toBe(0);

  await input.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(10 * 1024 * 1024)]) });
  await expect(input).toHaveAccessibleDescription("File too large. Maximum size is 10MB");
  await expect(preview).toHaveCount(0);
  expect(await chosen()).toBe(0);

  // A good file shows its preview; a damaged one never shows a broken image and takes the preview away.
  await input.setInputFiles(path.join(import.meta.dirname, "fixtures", "portrait.png"));
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await input.setInputFiles({ name: "broken.png", mimeType: "image/png", buffer: Buffer.concat([PNG_SIGNATURE, Buffer.from("not really a png")]) });
  await expect(input).toHaveAccessibleDescription(/could not be read/);
  await expect(preview).toHaveCount(0);
  expect(await chosen()).toBe(0);

  // The browser can draw a GIF sent as PNG, the server refuses it: the preview goes with the file.
  await input.setInputFiles({ name: "sneaky.png", mimeType: "image/png", buffer: GIF_1X1 });
  await expect(preview).toBeVisible();
  await dialog.getByRole("button", { name: "Upload" }).click();
  await expect(input).toHaveAccessibleDescription(/GIF/);
  await expect(preview).toHaveCount(0);
  await expect(dialog.getByLabel("Name")).toHaveValue("Picky");

  await input.setInputFiles(path.join(import.meta.dirname, "fixtures", "portrait.png"));
  await dialog.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/avatars\/[^/]+$/);
});
