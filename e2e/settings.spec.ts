import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp } from "./helpers";

const NEW_PASSWORD = "a different good password";
const SHOTS = process.env.E2E_SCREENSHOT_DIR ?? "test-results/screens";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("settings: change the name, change the password, delete the account", async ({ page }) => {
  const email = await signUp(page, "settings");
  await page.goto("/settings");

  await page.getByLabel("Name", { exact: true }).fill("Grace Hopper");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Grace Hopper");
  await expect(page.getByRole("button", { name: "Account menu" })).toContainText("Grace Hopper");

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  // This browser stays signed in.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  await signOut(page);
  await signIn(page, email, PASSWORD);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await signIn(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/projects$/);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  const confirm = dialog.getByRole("button", { name: "Delete account" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${email} to confirm`).fill(email);
  await dialog.getByLabel("Password").fill(NEW_PASSWORD);
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email, NEW_PASSWORD);
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
});

test("settings page fits a 390 px phone and a 1366 px desktop", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await signUp(page, "settings-shot");
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("A rather long token name for the CI pipeline");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("new-token")).toBeVisible();
  await page.reload();
  for (const [width, height] of [
    [390, 844],
    [1366, 900],
  ]) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/settings-${width}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: "Delete account" }).click();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/settings-delete-dialog-1366.png` });
});

test("the pages run their JavaScript under the Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signUp(page, "csp");
  // A client-side interaction only works when the page's scripts ran.
  await page.getByRole("button", { name: "Account menu" }).click();
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  expect(violations).toEqual([]);
});
