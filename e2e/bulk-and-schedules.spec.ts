import { expect, test, type Page } from "@playwright/test";
import { createProject, signUp } from "./helpers";

const NAMES = ["Maya Christensen-Okonkwo", "Omar Haddad", "Lena Fischer", "Kenji Watanabe", "Ana Souza", "Maya Lindqvist", "Ravi Natarajan", "Elena Petrova"];

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
}

test("search and filter the grid, select a range with shift-click, generate base images in bulk and see each persona's outcome", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signUp(page, "bulk");
  const projectId = await createProject(page, "Bulk studio");
  for (const name of NAMES) {
    const res = await page.request.post(`/api/v1/projects/${projectId}/avatars`, { data: { name } });
    expect(res.status()).toBe(201);
  }
  await page.goto(`/projects/${projectId}`);
  const grid = page.getByRole("list", { name: "Avatars" });
  await expect(grid.getByRole("listitem")).toHaveCount(8);
  // Full names are readable at 1366 px: the long one wraps instead of being cut.
  const longName = grid.getByText("Maya Christensen-Okonkwo");
  await expect(longName).toBeVisible();
  expect(await longName.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

  // Search and filter live in the URL.
  await page.getByPlaceholder("Search by name").fill("maya");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=maya/);
  await expect(grid.getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("Status").selectOption("approved");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=approved/);
  await expect(page.getByText("No personas match")).toBeVisible();
  await page.getByRole("link", { name: "Clear", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}$`));
  await expect(grid.getByRole("listitem")).toHaveCount(8);
  await page.getByLabel("Sort").selectOption("name");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=name/);
  const sortedNames = [...NAMES].sort((a, b) => a.localeCompare(b, "en"));
  await expect(grid.getByRole("listitem").first()).toContainText(sortedNames[0]);

  // Check the first, shift-click the fourth: four selected.
  await page.getByLabel(`Select ${sortedNames[0]}`).click();
  await page.getByLabel(`Select ${sortedNames[3]}`).click({ modifiers: ["Shift"] });
  const bar = page.getByRole("form", { name: "Bulk actions" });
  await expect(bar.getByRole("status")).toHaveText("4 selected");
  for (const name of sortedNames.slice(0, 4)) await expect(page.getByLabel(`Select ${name}`)).toBeChecked();
  await expect(page.getByLabel(`Select ${sortedNames[4]}`)).not.toBeChecked();
  await page.screenshot({ path: "test-results/bulk-selection-1366.png", fullPage: true });
  await bar.getByRole("button", { name: "Generate base image" }).click();
  const result = page.getByRole("region", { name: "Bulk action result" });
  await expect(result).toContainText("Generate base image: 4 accepted, 0 skipped");
  for (const name of sortedNames.slice(0, 4)) await expect(result.getByRole("list", { name: "Accepted personas" })).toContainText(name);

  // Select all 8 matching: the 4 already generating are skipped with the reason.
  await page.getByLabel(`Select ${sortedNames[5]}`).click();
  await page.getByRole("button", { name: "Select all 8 matching" }).click();
  await expect(bar.getByRole("status")).toHaveText("8 selected");
  await bar.getByRole("button", { name: "Generate base image" }).click();
  await expect(result).toContainText(/Generate base image: \d accepted, \d skipped/);
  const skipped = result.getByRole("list", { name: "Skipped personas" });
  await expect(skipped).toContainText(/a base image is already being generated|already has a base image/);
  await page.screenshot({ path: "test-results/bulk-result-1366.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByLabel(`Select ${sortedNames[0]}`).click();
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/bulk-grid-390.png", fullPage: true });

  // Project cards show up to four thumbnails once images exist.
  await expect(async () => {
    await page.goto("/projects");
    expect(await page.getByRole("link", { name: /Bulk studio/ }).locator("img").count()).toBeGreaterThan(0);
  }).toPass({ timeout: 60_000 });
  await noSidewaysScroll(page);
});

test("create a schedule, see its next run, disable it and delete it", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signUp(page, "schedules");
  const projectId = await createProject(page, "Nightly fills");
  await page.getByRole("link", { name: "Schedules" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/schedules$`));
  const form = page.getByRole("form", { name: "New schedule" });

  await form.getByLabel("Cron").fill("0 25 * * *");
  await form.getByRole("button", { name: "Create schedule" }).click();
  await expect(form.getByRole("alert").first()).toContainText(/Not a cron pattern/);

  await form.getByLabel("Cron").fill("0 2 * * *");
  await form.getByLabel("Time zone").selectOption("Europe/Paris");
  await form.getByLabel("Action").selectOption("generate-base");
  await form.getByRole("button", { name: "Create schedule" }).click();
  const card = page.getByRole("region", { name: "Schedules" }).getByText("0 2 * * *").first();
  await expect(card).toBeVisible();
  const nextRun = page.getByTestId("next-run").first();
  await expect(nextRun).toContainText(/UTC/);
  await expect(nextRun).toContainText(/01:00|1:00/);
  await page.screenshot({ path: "test-results/schedules-1366.png", fullPage: true });

  await page.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId("next-run").first()).toContainText("disabled");
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: "test-results/schedules-390.png", fullPage: true });

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("dialog", { name: "Delete schedule?" }).getByRole("button", { name: "Delete schedule" }).click();
  await expect(page.getByText("No schedules yet.")).toBeVisible();
});
