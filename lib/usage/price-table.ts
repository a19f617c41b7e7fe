import { readFileSync } from "node:fs";
import { getConfig } from "@/lib/config/env";
import { DEFAULT_PRICES } from "./default-prices";
import { priceFileSchema, type PriceEntry } from "./price-entry";

export interface PriceQuery {
  provider: string;
  model?: string | null;
  quality?: string | null;
}

export interface Price {
  usdPerImage: number;
  /** False when no entry matched the provider at all: counted as free, and said so. */
  known: boolean;
}

const keyOf = (entry: { provider: string; model: string; quality?: string }) => `${entry.provider}|${entry.model}|${entry.quality ?? ""}`;

/** Reads PRICES_FILE; a bad file stops the app at start with the file's name and what is wrong. */
export function readPriceFile(file: string): PriceEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`PRICES_FILE ${file} cannot be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = priceFileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`PRICES_FILE ${file}: ${first.path.join(".") || "file"}: ${first.message}`);
  }
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.prices;
}

/** The price table: the defaults, with PRICES_FILE's entries replacing or adding to them. */
export function buildPriceTable(overrides: PriceEntry[] = []): Map<string, PriceEntry> {
  const table = new Map<string, PriceEntry>();
  for (const entry of [...DEFAULT_PRICES, ...overrides]) table.set(keyOf(entry), entry);
  return table;
}

const globalForPrices = globalThis as unknown as { likenessPrices?: { file?: string; table: Map<string, PriceEntry> } };

function currentTable() {
  const file = getConfig().PRICES_FILE;
  if (!globalForPrices.likenessPrices || globalForPrices.likenessPrices.file !== file) {
    globalForPrices.likenessPrices = { file, table: buildPriceTable(file ? readPriceFile(file) : []) };
  }
  return globalForPrices.likenessPrices.table;
}

/** What one image costs: the model at its quality, else the model, else the provider's "*" entry. */
export function priceFor(query: PriceQuery, table: Map<string, PriceEntry> = currentTable()): Price {
  const model = query.model ?? "*";
  const candidates = [
    query.quality ? keyOf({ provider: query.provider, model, quality: query.quality }) : undefined,
    keyOf({ provider: query.provider, model }),
    keyOf({ provider: query.provider, model: "*" }),
  ];
  for (const key of candidates) {
    const entry = key ? table.get(key) : undefined;
    if (entry) return { usdPerImage: entry.usdPerImage, known: true };
  }
  return { usdPerImage: 0, known: false };
}

/** Every entry of the table, for GET /api/v1/providers. */
export function listPrices(provider: string, table: Map<string, PriceEntry> = currentTable()): PriceEntry[] {
  return [...table.values()].filter((entry) => entry.provider === provider);
}

/** Rounds to whole cents for display and answers (estimates keep a tenth of a cent). */
export function roundUsd(value: number): number {
  return Math.round(value * 1000) / 1000;
}
