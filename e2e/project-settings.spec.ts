import { expect, test } from "@playwright/test";
import { createProject, signUp } from "./helpers";

test("the project settings form shows the defaults, refuses bad input beside the field and saves good input", async ({ page }) => {
  await signUp(page, "settings-form");
  const projectId = await createProject(page, "Face rules");
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/settings$`));
  const threshold = page.getByLabel("Identity threshold");
  const retries = page.getByLabel("Re-makes of a drifted image");
  const autoApprove = page.getByLabel("Approve batch base images automatically");
  const explicit = page.getByLabel("Allow explicit images in exports");
  await expect(threshold).toHaveValue("0.7");
  await expect(retries).toHaveValue("2");
  await expect(autoApprove).toHaveValue("if-quality-good");
  await expect(explicit).not.toBeChecked();
  await expect(page.getByText("The default 0.7 sits between same-person photos")).toBeVisible();

  // Out of range: each message beside its field, the form keeps what was typed, nothing is saved.
  await threshold.fill("1.5");
  await retries.fill("9");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Identity threshold must be between 0 and 1")).toBeVisible();
  await expect(page.getByText("Re-makes of a drifted image must be a whole number from 0 to 5")).toBeVisible();
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  await expect(threshold).toHaveValue("1.5");
  await threshold.fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Identity threshold must be a number between 0 and 1")).toBeVisible();

  // With the keyboard only: type, Tab to the next field, pick with the arrows, Space for the checkbox, Enter to save.
  await threshold.fill("0.75");
  await threshold.press("Tab");
  await expect(retries).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("3");
  await page.keyboard.press("Tab");
  await expect(autoApprove).toBeFocused();
  await autoApprove.selectOption("never");
  await explicit.focus();
  await page.keyboard.press("Space");
  await expect(explicit).toBeChecked();
  await threshold.press("Enter");
  await expect(page.getByRole("status").getByText("Settings saved")).toBeVisible();

  await page.reload();
  await expect(threshold).toHaveValue("0.75");
  await expect(retries).toHaveValue("3");
  await expect(autoApprove).toHaveValue("never");
  await expect(explicit).toBeChecked();
  const project = await (await page.request.get(`/api/v1/projects/${projectId}`)).json();
  expect(project.project.settings).toEqual({ identityThreshold: 0.75, maxIdentityRetries: 3, autoApprove: "never", allowExplicit: true });

  // Phones: the form fits 390 px without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(threshold).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
