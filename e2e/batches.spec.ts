import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createProject, signUp } from "./helpers";

test("a 5-persona batch with images runs to completed in the browser; its history row, personas and JSON export work", async ({ page }) => {
  // The test takes ~25 s alone, but CI runs it beside another worker's tests on the same 2 cores and the
  // same server, where it took 50–60+ s: the wait below is a bound on finishing, not a speed target.
  test.setTimeout(210_000);
  await signUp(page, "batches");
  const projectId = await createProject(page, "Batch studio");
  await page.getByRole("link", { name: "Batches" }).click();
  await expect(page.getByRole("heading", { name: "No batches yet" })).toBeVisible();

  await page.getByRole("button", { name: "New batch" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New batch" });
  // the form shows the error beside the field
  await dialog.getByLabel("Number of personas").fill("101");
  await dialog.getByRole("button", { name: "Start batch" }).click();
  await expect(dialog.getByText("count must be between 1 and 100")).toBeVisible();

  await dialog.getByLabel("Number of personas").fill("5");
  await dialog.getByLabel("Brief").fill("European tech professionals aged 25-40");
  await dialog.getByLabel("Gender mix").selectOption("balanced");
  await dialog.getByLabel("Minimum age").fill("25");
  await dialog.getByLabel("Maximum age").fill("40");
  await expect(dialog.getByLabel("Generate images")).toBeChecked();
  await expect(dialog.getByRole("option", { name: /Hugging Face \(Set HF_TOKEN/ })).toBeDisabled();
  await dialog.getByRole("button", { name: "Start batch" }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/batches/[^/]+$`));
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-status=completed]")).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole("progressbar", { name: "Personas progress" })).toHaveAttribute("aria-valuenow", "5");
  await expect(page.getByRole("progressbar", { name: "Images progress" })).toHaveAttribute("aria-valuenow", "25");
  const personas = page.getByRole("list", { name: "Personas" }).getByTestId("batch-persona");
  await expect(personas).toHaveCount(5);
  await expect(personas.first().getByRole("img").first()).toBeVisible();
  await expect(personas.first().getByRole("list", { name: /variations/ }).getByRole("listitem")).toHaveCount(4);
  await expect(page.getByTestId("batch-error-log")).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^likeness-batch-.+\.json$/);
  const exported = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(exported.personas).toHaveLength(5);
  expect(exported.personas.every((p: { baseImageUrl: string | null }) => p.baseImageUrl)).toBe(true);

  // the persona card leads to the avatar's page
  const firstName = (await personas.first().getByRole("link").first().textContent()) ?? "";
  await personas.first().getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/avatars/`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(firstName.replace(/approved$/, "").trim());

  await page.goto(`/projects/${projectId}/batches`);
  const row = page.getByTestId("batch-row");
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-status", "completed");
  await expect(row.getByText("European tech professionals aged 25-40")).toBeVisible();
  await expect(row.getByRole("progressbar", { name: "Personas progress" })).toHaveAttribute("aria-valuenow", "5");
});

test("a batch that approves no base lists its personas as waiting in review, with a link to the review queue", async ({ page }) => {
  await signUp(page, "batch-review");
  const projectId = await createProject(page, "Review studio");
  await page.goto(`/projects/${projectId}/batches`);
  await page.getByRole("button", { name: "New batch" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New batch" });
  const rule = dialog.getByLabel("Approve base images");
  // The project's setting is the default.
  await expect(rule).toHaveValue("if-quality-good");
  await dialog.getByLabel("Number of personas").fill("2");
  await rule.selectOption("never");
  await dialog.getByRole("button", { name: "Start batch" }).click();

  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/batches/[^/]+$`));
  await expect(page.getByRole("heading", { level: 1 }).locator("[data-status=completed]")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("batch-auto-approve")).toHaveText("Never");
  await expect(page.getByTestId("batch-auto-approve")).toHaveAttribute("data-value", "never");
  await expect(page.getByRole("link", { name: "2 personas wait in review" })).toHaveAttribute("href", `/projects/${projectId}/review`);
  await expect(page.getByTestId("batch-persona").and(page.locator("[data-status=needs_review]"))).toHaveCount(2);
  await expect(page.getByTestId("batch-summary")).toContainText("2 images, 2 in review");

  await page.goto(`/projects/${projectId}/batches`);
  await expect(page.getByTestId("batch-row").getByTestId("batch-in-review")).toHaveText("2");
});
