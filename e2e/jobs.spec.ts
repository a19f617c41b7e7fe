import { expect, test } from "@playwright/test";
import { createProject, signUp } from "./helpers";

test("cancel a running batch in the browser (with confirmation), see it on the jobs page, and resume it to completion", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "jobs");
  const projectId = await createProject(page, "Queue studio");
  await page.getByRole("link", { name: "Batches" }).click();
  await page.getByRole("button", { name: "New batch" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New batch" });
  await dialog.getByLabel("Number of personas").fill("15");
  await dialog.getByRole("button", { name: "Start batch" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/batches/[^/]+$`));
  const batchId = page.url().split("/").pop()!;

  // Asks first: dismissing the dialog changes nothing.
  await page.getByRole("button", { name: "Cancel batch" }).click();
  const confirm = page.getByRole("dialog", { name: "Cancel this batch?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole("button", { name: "Cancel batch" }).click();
  await page.getByRole("dialog", { name: "Cancel this batch?" }).getByRole("button", { name: "Cancel batch" }).click();
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-status=cancelled]")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("list", { name: "Personas" }).locator("[data-status=cancelled]").first()).toBeVisible();

  await page.getByRole("link", { name: "Jobs", exact: true }).first().click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByTestId("stats-overview")).toBeVisible();
  const row = page.locator(`[data-testid=job-row][data-job-id="${batchId}"]`);
  await expect(row).toHaveAttribute("data-status", "cancelled");
  await expect(page.getByTestId("job-counts").locator("[data-status=cancelled]")).toContainText("1");
  // The filter lives in the URL.
  await page.getByLabel("Kind").selectOption("batch");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=batch/);
  await expect(page.getByTestId("job-row")).toHaveCount(1);

  await row.getByRole("button", { name: "Resume" }).click();
  await expect(row).toHaveAttribute("data-status", /queued|running/, { timeout: 20_000 });
  await expect(row).toHaveAttribute("data-status", "completed", { timeout: 120_000 });
  await expect(row.getByTestId("job-progress")).toHaveText("15/15");

  await row.getByRole("link", { name: "Batch of 15" }).click();
  await expect(page.getByRole("progressbar", { name: "Images progress" })).toHaveAttribute("aria-valuenow", "75");

  // The project's own Jobs tab shows it too, and the page works at phone width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/projects/${projectId}/jobs`);
  await expect(page.locator(`[data-testid=job-row][data-job-id="${batchId}"]`)).toHaveAttribute("data-status", "completed");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
