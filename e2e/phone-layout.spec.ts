import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createProject, signUp } from "./helpers";

const PHONE = { width: 390, height: 844 };

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function generationDone(request: APIRequestContext, id: string) {
  await waitUntil(async () => ["completed", "failed"].includes((await (await request.get(`/api/v1/generations/${id}`)).json()).generation.status));
}

/** An avatar with long text everywhere a row could overflow: name, prompt, several base-image versions. */
async function avatarWithHistory(page: Page, projectId: string) {
  const long = "a confident product designer with a long descriptive prompt that goes on and on, standing in a bright sunlit studio full of plants";
  const created = await page.request.post(`/api/v1/projects/${projectId}/avatars/generate`, {
    data: { name: "Maximiliana Alessandra Featherstonehaugh-Worthington", prompt: long },
  });
  expect(created.status()).toBe(202);
  const { avatar, generation } = await created.json();
  await generationDone(page.request, generation.id);
  const candidates = await page.request.post(`/api/v1/avatars/${avatar.id}/seed-image/generate`, { data: { candidates: 3 } });
  await generationDone(page.request, (await candidates.json()).generation.id);
  return avatar.id as string;
}

async function finishedBatch(page: Page, projectId: string) {
  const created = await page.request.post(`/api/v1/projects/${projectId}/batches`, { data: { count: 3, brief: "Nordic outdoor guides with very long descriptive biographies" } });
  expect(created.status()).toBe(202);
  const { batch } = await created.json();
  await waitUntil(async () => (await (await page.request.get(`/api/v1/batches/${batch.id}`)).json()).batch.status === "completed", 90_000);
  return batch.id as string;
}

test("no page scrolls sideways on a 390 px phone", async ({ page }) => {
  test.setTimeout(180_000);
  await signUp(page, "phone");
  const projectId = await createProject(page, "A project with a fairly long name for a small screen");
  const avatarId = await avatarWithHistory(page, projectId);
  const batchId = await finishedBatch(page, projectId);

  await page.setViewportSize(PHONE);
  const pages = [
    "/",
    "/projects",
    `/projects/${projectId}`,
    `/projects/${projectId}/avatars/new`,
    `/projects/${projectId}/avatars/${avatarId}`,
    `/projects/${projectId}/batches`,
    `/projects/${projectId}/batches/${batchId}`,
    `/projects/${projectId}/prompts`,
    `/projects/${projectId}/jobs`,
    "/jobs",
    "/settings",
  ];
  const widths: Record<string, number> = {};
  for (const path of pages) {
    await page.goto(path);
    await page.waitForLoadState("load");
    widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
  }
  const tooWide = Object.fromEntries(Object.entries(widths).filter(([, width]) => width > PHONE.width));
  expect(tooWide).toEqual({});
  // The avatar page really shows its base-image history at this width.
  await page.goto(`/projects/${projectId}/avatars/${avatarId}`);
  await expect(page.getByRole("list", { name: "Base image versions" }).getByRole("listitem")).toHaveCount(4);
});
