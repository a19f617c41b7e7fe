import { expect, test } from "@playwright/test";
import { createProject, PASSWORD, signUp } from "./helpers";

test("sign up, create, rename and delete a project, create and revoke a token, sign out", async ({ page }) => {
  const email = await signUp(page, "owner");
  await expect(page.getByRole("heading", { name: "Create your first project" })).toBeVisible();

  // the form shows the error beside the field and keeps nothing half-written
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText("Name is required").first()).toBeVisible();

  await createProject(page, "Spring campaign");
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Project name").fill("Summer campaign");
  await page.getByLabel("Description").fill("Beach personas");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Summer campaign" })).toBeVisible();
  await expect(page.getByText("Beach personas")).toBeVisible();

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete project" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await expect(page.getByRole("heading", { name: "Create your first project" })).toBeVisible();

  await page.goto("/settings");
  await page.getByLabel("Token name").fill("laptop");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("new-token").textContent();
  expect(token).toMatch(/^lk_/);
  const ok = await page.request.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  await expect(page.getByRole("cell", { name: "laptop" })).toBeVisible();
  await page.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("cell", { name: "laptop" })).toHaveCount(0);
  const revoked = await page.request.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/projects");
  await expect(page).toHaveURL(/\/signin/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/projects$/);
});

test("a second user sees none of the first user's projects, in the UI or through REST", async ({ browser }) => {
  const alice = await browser.newContext();
  const alicePage = await alice.newPage();
  await signUp(alicePage, "alice");
  const projectId = await createProject(alicePage, "Alice private");

  const bob = await browser.newContext();
  const bobPage = await bob.newPage();
  await signUp(bobPage, "bob");
  await expect(bobPage.getByText("Alice private")).toHaveCount(0);
  const page = await bobPage.goto(`/projects/${projectId}`);
  expect(page?.status()).toBe(404);
  await expect(bobPage.getByRole("heading", { name: "Not found" })).toBeVisible();
  const rest = await bobPage.request.get(`/api/v1/projects/${projectId}`);
  expect(rest.status()).toBe(404);
  const list = await bobPage.request.get("/api/v1/projects");
  expect((await list.json()).projects).toEqual([]);
  await alice.close();
  await bob.close();
});
