import { expect, test, type Page } from "@playwright/test";
import { createProject, PASSWORD, uniqueEmail } from "./helpers";

const ADMIN = "e2e-admin@example.com";

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

async function signUpAs(page: Page, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/projects$/);
}

test("cost before a batch starts, the usage page, and an admin setting a quota and disabling an account", async ({ page, request }) => {
  await signUpAs(page, ADMIN);
  const projectId = await createProject(page, "Costs");

  await page.goto(`/projects/${projectId}/batches`);
  await page.getByRole("button", { name: "New batch" }).first().click();
  const estimate = page.getByTestId("cost-estimate");
  await expect(estimate).toContainText("5 personas × 5 images, free with local");
  await page.getByLabel("Number of personas").fill("12");
  await expect(estimate).toContainText("12 personas × 5 images");
  await page.getByLabel("Number of personas").fill("0");
  await expect(estimate).toContainText("Cost:");
  await page.screenshot({ path: "test-results/governance-batch-estimate.png" });
  await page.keyboard.press("Escape");

  await page.goto("/settings/usage");
  await expect(page.getByTestId("usage-facts")).toContainText("Unlimited");
  await expect(page.getByRole("list", { name: "Images per day, last 30 days" }).getByRole("listitem")).toHaveCount(30);
  await page.goto("/settings/usage?month=nonsense");
  await expect(page.getByRole("status")).toContainText("is not a month");

  // Another account for the admin to manage.
  const other = uniqueEmail("managed");
  expect((await request.post("/api/v1/auth/signup", { data: { email: other, password: PASSWORD } })).status()).toBe(201);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  const card = page.locator(`[data-testid="admin-user"][data-email="${other}"]`);
  await card.getByText("Set quota").click();
  await card.getByLabel("Images / month").fill("-3");
  await card.getByRole("button", { name: "Save quota" }).click();
  await expect(card.getByText("quotaImagesPerMonth cannot be negative")).toBeVisible();
  await card.getByLabel("Images / month").fill("40");
  await card.getByRole("button", { name: "Save quota" }).click();
  await expect(card.getByText("Saved.")).toBeVisible();
  await expect(card).toContainText("40 images");
  await card.getByRole("button", { name: "Disable" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable account" }).click();
  await expect(card).toContainText("disabled");
  await expect(page.getByTestId("admin-log")).toContainText(`disable user ${other}`);
  await expect(page.getByTestId("admin-log")).toContainText(`set quota ${other}`);
  expect((await request.post("/api/v1/auth/tokens", { data: { email: other, password: PASSWORD, name: "x" } })).status()).toBe(401);
  await page.screenshot({ path: "test-results/governance-admin-desktop.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/admin", "/settings/usage", `/projects/${projectId}/batches`]) {
    await page.goto(path);
    await noSidewaysScroll(page);
  }
  await page.goto("/admin");
  await page.screenshot({ path: "test-results/governance-admin-phone.png", fullPage: true });
  await page.goto("/settings/usage");
  await page.screenshot({ path: "test-results/governance-usage-phone.png", fullPage: true });
});
