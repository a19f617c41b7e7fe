import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_PRICES } from "@/lib/usage/default-prices";
import { buildPriceTable, priceFor, readPriceFile } from "@/lib/usage/price-table";
import { quotaRefusal } from "@/lib/usage/reserve-usage";
import { usagePeriod } from "@/lib/usage/usage-period";
import { formatUsd, workCost } from "@/lib/usage/work-cost";
import { IMAGE_PROVIDER_NAMES } from "@/lib/providers/image/provider-names";

const table = buildPriceTable();

describe("the price table", () => {
  it("prices the shipped models at their list prices, quality first, then the model, then the provider", () => {
    expect(priceFor({ provider: "openai", model: "gpt-image-1", quality: "medium" }, table)).toEqual({ usdPerImage: 0.042, known: true });
    expect(priceFor({ provider: "openai", model: "gpt-image-1", quality: "high" }, table).usdPerImage).toBe(0.167);
    expect(priceFor({ provider: "openai", model: "gpt-image-1" }, table).usdPerImage).toBe(0.042);
    expect(priceFor({ provider: "openai", model: "dall-e-3", quality: "hd" }, table).usdPerImage).toBe(0.08);
    expect(priceFor({ provider: "openai", model: "dall-e-3", quality: "ultra" }, table).usdPerImage).toBe(0.04);
    expect(priceFor({ provider: "replicate", model: "black-forest-labs/flux-kontext-pro" }, table).usdPerImage).toBe(0.04);
    expect(priceFor({ provider: "huggingface", model: "black-forest-labs/FLUX.1-dev" }, table).usdPerImage).toBe(0.025);
    expect(priceFor({ provider: "huggingface", model: "someone/custom" }, table).usdPerImage).toBe(0.025);
    expect(priceFor({ provider: "stability", model: "ultra" }, table).usdPerImage).toBe(0.08);
    expect(priceFor({ provider: "local", model: "dicebear" }, table)).toEqual({ usdPerImage: 0, known: true });
    expect(priceFor({ provider: "nobody" }, table)).toEqual({ usdPerImage: 0, known: false });
  });

  it("has a price for every provider the app knows", () => {
    for (const provider of IMAGE_PROVIDER_NAMES) expect(priceFor({ provider, model: "anything" }, table).known).toBe(true);
    expect(new Set(DEFAULT_PRICES.map((entry) => entry.provider))).toEqual(new Set([...IMAGE_PROVIDER_NAMES, "replicate", "stability", "comfyui"]));
  });

  it("takes overrides and additions from PRICES_FILE, and names what is wrong in a bad one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "prices-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ prices: [{ provider: "openai", model: "gpt-image-1", quality: "medium", usdPerImage: 0.05 }, { provider: "comfyui", model: "*", usdPerImage: 0.002 }] }));
    const custom = buildPriceTable(readPriceFile(good));
    expect(priceFor({ provider: "openai", model: "gpt-image-1", quality: "medium" }, custom).usdPerImage).toBe(0.05);
    expect(priceFor({ provider: "comfyui", model: "sdxl" }, custom).usdPerImage).toBe(0.002);
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ provider: "openai", model: "x", usdPerImage: -1 }]));
    expect(() => readPriceFile(bad)).toThrow(/bad\.json: 0\.usdPerImage/);
    writeFileSync(bad, "{ not json");
    expect(() => readPriceFile(bad)).toThrow(/cannot be read as JSON/);
  });
});

describe("quota wording and cost", () => {
  it("says what is used, of what, and what the request needs", () => {
    expect(quotaRefusal({ images: 100, costUsd: null }, { images: 95, costUsd: 0 }, { images: 25, costUsd: 1, what: "this batch" })).toBe(
      "Monthly image quota reached: 95 of 100 images used; this batch needs 25.",
    );
    expect(quotaRefusal({ images: null, costUsd: 20 }, { images: 0, costUsd: 19.5 }, { images: 25, costUsd: 5.25, what: "this batch" })).toBe(
      "Monthly spending quota reached: $19.50 of $20.00 used; this batch needs about $5.25.",
    );
    expect(quotaRefusal({ images: 100, costUsd: 20 }, { images: 75, costUsd: 1 }, { images: 25, costUsd: 1, what: "this batch" })).toBeUndefined();
  });

  it("costs work from its unit price, and months are UTC calendar months", () => {
    expect(workCost(0.042, { total: 125, done: 100 })).toEqual({ estimatedCostUsd: 5.25, costUsd: 4.2 });
    expect(formatUsd(0)).toBe("free");
    expect(formatUsd(5.25)).toBe("$5.25");
    expect(usagePeriod(new Date("2026-12-31T23:59:59Z"))).toEqual({ month: "2026-12", start: new Date("2026-12-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
    expect(usagePeriod("2026-02").end).toEqual(new Date("2026-03-01T00:00:00Z"));
  });
});
