import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/e2e.json" }]] : "list",
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The default way people run Likeness: embedded database, local files, in-process jobs, no keys.
  webServer: {
    command: `rm -rf .data-e2e-${port} && DATA_DIR=.data-e2e-${port} NEXT_TELEMETRY_DISABLED=1 node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    // Webhook specs deliver to a receiver on this machine (a private address), with 1 s retries.
    env: { DATABASE_URL: "", S3_BUCKET: "", HF_TOKEN: "", OPENAI_API_KEY: "", INNGEST_DEV: "", WEBHOOKS_ALLOW_PRIVATE_URLS: "true", WEBHOOK_RETRY_BASE_MS: "1000", ADMIN_EMAILS: "e2e-admin@example.com" },
  },
});
