import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import { createComfyUIProvider, type ComfyUISettings } from "@/lib/providers/image/comfyui/comfyui-provider";
import { loadComfyWorkflows } from "@/lib/providers/image/comfyui/load-comfy-workflows";
import { ProviderError } from "@/lib/providers/image/errors";
import { findImageProviderInfo } from "@/lib/providers/image";
import textToImage from "@/lib/providers/image/comfyui/workflows/text-to-image.json";
import { mockResponses, startMockModelServer, type MockModelServer } from "../support/mock-model-server";

let mock: MockModelServer;
let settings: ComfyUISettings;
const dirs: string[] = [];
const request = { prompt: "portrait of Maya", negativePrompt: "blurry", width: 832, height: 1216, seed: 11 };

async function failureOf(promise: Promise<unknown>) {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

function workflowDir(files: Record<string, unknown>) {
  const dir = mkdtempSync(path.join(tmpdir(), "comfy-workflows-"));
  dirs.push(dir);
  for (const [name, graph] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof graph === "string" ? graph : JSON.stringify(graph));
  return dir;
}

beforeAll(async () => {
  mock = await startMockModelServer();
  settings = { url: mock.comfyUrl, timeoutMs: 5_000, pollIntervalMs: 20 };
});
afterAll(async () => {
  await mock.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => mock.reset());

describe("ComfyUI provider (fetch against the mock)", () => {
  it("queues the shipped text-to-image workflow with every placeholder filled, follows history and fetches /view", async () => {
    mock.enqueue("comfyui-prompt", { job: { pendingPolls: 2 } });
    const image = await createComfyUIProvider(settings).generate(request);
    expect(image).toMatchObject({ provider: "comfyui", model: "comfyui/text-to-image.json" });
    expect(await sharp(image.data).metadata()).toMatchObject({ format: "png", width: 832, height: 1216 });
    const graph = (mock.requestsFor("comfyui-prompt")[0].json as { prompt: Record<string, { inputs: Record<string, unknown> }> }).prompt;
    expect(graph["3"].inputs.seed).toBe(11);
    expect(graph["5"].inputs).toMatchObject({ width: 832, height: 1216 });
    expect(graph["6"].inputs.text).toBe("portrait of Maya");
    expect(graph["7"].inputs.text).toBe("blurry");
    expect(JSON.stringify(graph)).not.toContain("{{");
    expect(mock.requestsFor("comfyui-history")).toHaveLength(3);
    expect(mock.requestsFor("comfyui-view")).toHaveLength(1);
  });

  it("uploads the reference with POST /upload/image and puts its name and the strength into the reference workflow", async () => {
    const reference = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#abcdef" } }).png().toBuffer();
    await createComfyUIProvider(settings).generate({ ...request, reference: { data: reference, mimeType: "image/png" }, strength: 0.4 });
    const [upload] = mock.requestsFor("comfyui-upload");
    const file = upload.form!.files[0];
    expect(file.field).toBe("image");
    expect(file.data.equals(reference)).toBe(true);
    const graph = (mock.requestsFor("comfyui-prompt")[0].json as { prompt: Record<string, { inputs: Record<string, unknown> }> }).prompt;
    expect(graph["10"].inputs.image).toBe(file.filename);
    expect(graph["3"].inputs.denoise).toBe(0.4);
  });

  it("refuses a validation error (400) for good, retries an execution error and a 5xx", async () => {
    const provider = createComfyUIProvider(settings);
    mock.enqueue("comfyui-prompt", mockResponses.comfyValidationError());
    const invalid = await failureOf(provider.generate(request));
    expect(invalid).toMatchObject({ kind: "permanent", status: 400 });
    expect(invalid.message).toMatch(/ckpt_name/);

    mock.enqueue("comfyui-prompt", { job: { failWith: "CUDA out of memory" } });
    const oom = await failureOf(provider.generate(request));
    expect(oom).toMatchObject({ kind: "transient" });
    expect(oom.message).toMatch(/CUDA out of memory/);

    mock.enqueue("comfyui-prompt", mockResponses.serverError());
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "transient", status: 500 });
    mock.enqueue("comfyui-prompt", { ...mockResponses.rateLimited(2) });
    expect(await failureOf(provider.generate(request))).toMatchObject({ kind: "transient", retryAfterMs: 2000 });
    await expect(provider.generate(request)).resolves.toMatchObject({ provider: "comfyui" });
  });

  it("on cancel deletes the prompt from the queue and interrupts it when it is running", async () => {
    mock.enqueue("comfyui-prompt", { job: { pendingPolls: 1000 } });
    const controller = new AbortController();
    const running = createComfyUIProvider(settings).generate(request, { signal: controller.signal });
    await expect.poll(() => mock.requestsFor("comfyui-history").length).toBeGreaterThan(0);
    controller.abort(new Error("cancelled"));
    await expect(running).rejects.toThrow("cancelled");
    const deleted = mock.requestsFor("comfyui-queue").find((req) => req.method === "POST");
    expect(deleted?.json).toEqual({ delete: [expect.stringMatching(/^prompt-/)] });
    expect(mock.requestsFor("comfyui-interrupt")[0].json).toEqual({ prompt_id: (deleted?.json as { delete: string[] }).delete[0] });
  });
});

describe("ComfyUI workflows", () => {
  it("take a team's own folder; capabilities follow its placeholders", () => {
    const { "7": _negative, ...withoutNegative } = textToImage as Record<string, unknown>;
    const dir = workflowDir({ "text-to-image.json": { ...withoutNegative } });
    const workflows = loadComfyWorkflows(dir);
    expect(workflows.textToImage.file).toBe(path.join(dir, "text-to-image.json"));
    expect(workflows.reference).toBeUndefined();
    const info = findImageProviderInfo("comfyui", parseConfig({ COMFYUI_URL: "http://gpu:8188", COMFYUI_WORKFLOW_DIR: dir }));
    expect(info).toMatchObject({ available: true, supports: { seed: true, negativePrompt: false, reference: false, grid: false, strength: false } });
  });

  it("refuse a workflow missing a required placeholder, naming the file", () => {
    const { "5": _latent, ...withoutSize } = textToImage as Record<string, unknown>;
    const dir = workflowDir({ "text-to-image.json": withoutSize });
    expect(() => loadComfyWorkflows(dir)).toThrow(`ComfyUI workflow ${path.join(dir, "text-to-image.json")} is missing the required placeholder(s) {{width}}, {{height}}`);
    const info = findImageProviderInfo("comfyui", parseConfig({ COMFYUI_URL: "http://gpu:8188", COMFYUI_WORKFLOW_DIR: dir }));
    expect(info).toMatchObject({ available: false, reason: expect.stringContaining("text-to-image.json is missing") });
  });

  it("refuse unknown placeholders and unreadable files", () => {
    const typo = workflowDir({ "text-to-image.json": { ...(textToImage as object), x: { inputs: { text: "{{promt}}" } } } });
    expect(() => loadComfyWorkflows(typo)).toThrow(/unknown placeholder\(s\) \{\{promt\}\}/);
    const broken = workflowDir({ "text-to-image.json": "{ not json" });
    expect(() => loadComfyWorkflows(broken)).toThrow(/text-to-image.json cannot be read/);
  });
});
