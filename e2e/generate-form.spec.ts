import { expect, test, type Page } from "@playwright/test";
import { createProject, signUp } from "./helpers";

/** Presses Tab until the field named `name` has focus (keyboard only), at most 40 times. */
async function tabTo(page: Page, name: string) {
  for (let presses = 0; presses < 40; presses++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) === name) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the field "${name}"`);
}

/** What the generate form would submit now (its own fields, not Next's action ids). */
async function formValues(page: Page) {
  return page.getByTestId("prompt-preview").evaluate((preview) => {
    const form = preview.closest("form")!;
    return Object.fromEntries([...new FormData(form).entries()].filter(([key, value]) => !key.startsWith("$") && typeof value === "string"));
  });
}

test("keyboard only: after a validation error every field keeps its value and the preview still matches; Enter submits", async ({ page }) => {
  await signUp(page, "keys");
  await createProject(page, "Keyboard");
  await page.getByRole("link", { name: "Generate avatar" }).first().click();
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();

  await page.keyboard.type("Nadia Keys");
  await tabTo(page, "prompt");
  await page.keyboard.type("architect on a rooftop at dawn");
  await tabTo(page, "size");
  await page.keyboard.press("ArrowUp");
  await tabTo(page, "seed");
  await page.keyboard.type("abc");
  await tabTo(page, "personaAge");
  await page.keyboard.type("34");
  await tabTo(page, "personalityTraits");
  await page.keyboard.type("curious, warm");
  for (const select of ["gender", "hairColor", "eyeColor", "skinTone", "style"]) {
    await tabTo(page, select);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
  }
  const typed = await formValues(page);
  expect(typed).toMatchObject({ name: "Nadia Keys", seed: "abc", personaAge: "34" });
  for (const select of ["gender", "hairColor", "eyeColor", "skinTone", "style"]) expect(typed[select]).not.toBe("");
  expect(typed.size).not.toBe("1024x1024");
  const preview = await page.getByTestId("prompt-preview").textContent();
  const negative = await page.getByTestId("negative-preview").textContent();
  expect(preview).toContain(`${typed.hairColor} hair`);

  // Enter in a text field submits; the seed is refused beside its field.
  await tabTo(page, "name");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Seed")).toHaveAccessibleDescription("Seed must be a number");
  expect(await formValues(page)).toEqual(typed);
  await expect(page.getByTestId("prompt-preview")).toHaveText(preview!);
  await expect(page.getByTestId("negative-preview")).toHaveText(negative!);

  await tabTo(page, "seed");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("42");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/avatars\/[^/]+$/);
  await expect(page.getByTestId("detail-seed")).toHaveText("42");
  await expect(page.getByTestId("detail-prompt")).toContainText("architect on a rooftop at dawn");
});
