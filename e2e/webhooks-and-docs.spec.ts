import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { createProject, signUp } from "./helpers";

/** A pipeline's endpoint: checks each delivery's signature with the secret it was given. */
async function startReceiver() {
  const received: Array<{ type: string; verified: boolean; headers: IncomingHttpHeaders }> = [];
  let secret = "";
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      let verified: boolean;
      try {
        new Webhook(secret).verify(body, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      received.push({ type: JSON.parse(body).type, verified, headers: req.headers });
      res.end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    useSecret: (value: string) => void (secret = value),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("register a webhook in Settings, copy its secret, send a test, then follow a generation live and get its signed completion", async ({ page }) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  await signUp(page, "hooks");
  await page.goto("/settings");
  await page.getByRole("link", { name: "Manage webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  // Bad input is answered beside the field, nothing is saved.
  await page.getByLabel("Endpoint URL").fill("ftp://example.com/x");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Only http and https");

  await page.getByLabel("Endpoint URL").fill(receiver.url);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secret = (await page.getByTestId("webhook-secret").first().textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  receiver.useSecret(secret);
  const card = page.getByTestId("webhook");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("generation.completed");

  await card.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByText("Test event queued")).toBeVisible();
  await expect.poll(() => receiver.received.filter((r) => r.type === "webhook.test" && r.verified).length, { timeout: 20_000 }).toBe(1);
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId("delivery").count();
    })
    .toBeGreaterThan(0);
  await expect(page.getByTestId("delivery").first()).toContainText("delivered");
  await expect(page.getByTestId("delivery").first()).toContainText("HTTP 200");

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "e2e/screenshots-11/webhooks-1366.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: "e2e/screenshots-11/webhooks-390.png", fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });

  // A generation's progress arrives over the live stream, not by polling its resource.
  const polled: string[] = [];
  page.on("request", (request) => {
    if (/\/api\/v1\/generations\/[^/]+$/.test(new URL(request.url()).pathname)) polled.push(request.url());
  });
  const stream = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/v1/events");
  await createProject(page, "Live studio");
  await page.getByRole("link", { name: "Generate avatar" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill("Noor");
  await page.getByLabel("Prompt", { exact: true }).fill("Calm architect");
  await page.getByLabel("Size").selectOption("512x512");
  await page.getByRole("button", { name: "Generate avatar" }).click();
  await expect(page).toHaveURL(/\/avatars\/[^/]+$/);
  await stream;
  await expect(page.getByRole("button", { name: /Open Noor base image large/ })).toBeVisible({ timeout: 60_000 });
  // At most the catch-up reads when the stream connects, never a once-a-second poll.
  expect(polled.length).toBeLessThanOrEqual(2);
  await expect.poll(() => receiver.received.filter((r) => r.type === "generation.completed" && r.verified).length, { timeout: 30_000 }).toBe(1);
  await receiver.close();
});

test("the API reference at /docs lists every area and tries a call with the session", async ({ page }) => {
  await signUp(page, "docs");
  await page.goto("/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Likeness API" })).toBeVisible();
  for (const area of ["Projects", "Webhooks", "Live events", "Batches"]) await expect(page.getByRole("heading", { level: 2, name: area })).toBeVisible();
  expect(await page.getByTestId("operation").count()).toBeGreaterThan(40);

  const list = page.locator("#getWebhooks");
  await list.getByText("Try it").click();
  await list.getByRole("button", { name: "Send" }).click();
  await expect(list.getByTestId("try-it-result")).toContainText("HTTP 200");
  await expect(list.getByTestId("try-it-result")).toContainText('"webhooks": []');

  const spec = await page.request.get("/api/v1/openapi.json");
  expect(spec.status()).toBe(200);
  expect((await spec.json()).openapi).toBe("3.1.0");

  await page.screenshot({ path: "e2e/screenshots-11/docs-1366.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: "e2e/screenshots-11/docs-390.png" });
});
