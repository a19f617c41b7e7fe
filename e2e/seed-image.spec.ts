import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createProject, signUp } from "./helpers";

/** Approve asks first; Cancel leaves the draft as it is. */
async function approve(page: Page) {
  await page.getByTestId("seed-panel").getByRole("button", { name: "Approve" }).click();
  const dialog = page.getByRole("dialog", { name: "Approve this seed image?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Approve and lock" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("approved")).toBeVisible();
}

async function newPersona(page: Page, name: string) {
  await page.getByRole("button", { name: "New persona" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel("Appearance description").fill("early thirties, freckles");
  await dialog.getByRole("button", { name: "Create persona" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByRole("heading", { level: 1 }).getByText("no image")).toBeVisible();
}

test("upload → approve → 4 variations visible", async ({ page }) => {
  await signUp(page, "seed1");
  await createProject(page, "Seeds");
  await newPersona(page, "Uma");
  await page.getByTestId("seed-panel").getByRole("button", { name: "Upload" }).click();
  await page.getByRole("dialog").getByLabel("Image").setInputFiles(path.join(import.meta.dirname, "fixtures", "portrait.png"));
  await page.getByRole("dialog").getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("draft")).toBeVisible();
  // The fixture is a gradient, not a photo: the face check says so and approval asks first.
  await expect(page.getByTestId("seed-panel").getByTestId("quality-report")).toContainText("No face found");
  await page.getByTestId("seed-panel").getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog", { name: "Approve a poor-quality image?" }).getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("draft")).toBeVisible();
  await page.getByTestId("seed-panel").getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Approve anyway" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("approved")).toBeVisible();
  await page.getByRole("button", { name: "Generate 4 variations" }).click();
  await expect(page.getByTestId("variations").getByRole("button", { name: /Open Variation/ })).toHaveCount(4, { timeout: 60_000 });

  await page.getByRole("button", { name: "Unlock appearance" }).click();
  const unlock = page.getByRole("dialog", { name: "Unlock this persona's appearance?" });
  await expect(unlock).toContainText("Variations and training images already made are kept");
  await unlock.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("draft")).toBeVisible();
});

test("3 candidates → compare → pick → approve; reject → refine → approve", async ({ page }) => {
  await signUp(page, "seed2");
  await createProject(page, "Candidates");
  await newPersona(page, "Cleo");
  await page.getByTestId("seed-panel").getByRole("button", { name: "Generate" }).click();
  await page.getByRole("dialog").getByLabel("Candidates").selectOption("3");
  await page.getByRole("dialog").getByRole("button", { name: "Generate" }).click();
  const candidates = page.getByTestId("candidates");
  await expect(candidates.getByRole("button", { name: /Open Candidate/ })).toHaveCount(3, { timeout: 60_000 });
  await candidates.getByRole("button", { name: "Pick" }).nth(1).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("draft")).toBeVisible();
  await expect(candidates.getByText("Current draft")).toBeVisible();

  await page.getByRole("button", { name: "Reject" }).click();
  await page.getByRole("dialog").getByLabel("Reason").fill("looks too young");
  await page.getByRole("dialog").getByRole("button", { name: "Reject draft" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("rejected")).toBeVisible();
  await expect(page.getByText("looks too young").first()).toBeVisible();

  await page.getByRole("button", { name: "Refine" }).click();
  const refine = page.getByRole("dialog", { name: "Refine the current draft" });
  // The reject reason is the default instruction; a strength outside 0–1 is refused beside its field.
  await expect(refine.getByLabel("Instruction")).toHaveValue("looks too young");
  await refine.getByLabel("Strength").fill("1.5");
  await refine.getByRole("button", { name: "Refine" }).click();
  await expect(refine.getByText("Strength must be between 0 and 1").first()).toBeVisible();
  await expect(refine.getByLabel("Instruction")).toHaveValue("looks too young");
  await refine.getByLabel("Instruction").fill("make the smile more confident");
  await refine.getByLabel("Strength").fill("0.7");
  await refine.getByRole("button", { name: "Refine" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("draft")).toBeVisible({ timeout: 30_000 });
  await approve(page);
  await expect(page.getByRole("list", { name: "Base image versions" }).getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("list", { name: "Usage history" })).toContainText("Seed image rejected");
});
