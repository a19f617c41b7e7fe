import { describe, expect, it } from "vitest";
import { BATCH_STATUS_NAMES } from "@/lib/batches/batch-status-name";
import { toBatchView, type BatchRow } from "@/lib/batches/batch-view";
import { formatDuration } from "@/components/batches/format-duration";

const row = (overrides: Partial<BatchRow> = {}): BatchRow => ({
  id: "b1",
  projectId: "p1",
  userId: "u1",
  count: 20,
  brief: null,
  constraints: null,
  images: true,
  provider: "local",
  variationsMode: "separate",
  autoApprove: "if-quality-good",
  seed: 1,
  status: "generating_images",
  personasDone: 3,
  personasFailed: 1,
  imagesDone: 17,
  imagesTotal: 100,
  unitPriceUsd: 0.042,
  costDoneUsd: 0.714,
  errorLog: [{ avatarId: "b1p001", name: "Ada Lovelace", stage: "base", message: "boom", at: "2026-01-01T00:00:00.000Z" }],
  errorMessage: null,
  startedAt: new Date("2026-01-01T10:00:00Z"),
  completedAt: null,
  createdAt: new Date("2026-01-01T09:59:59Z"),
  updatedAt: new Date("2026-01-01T10:00:05Z"),
  _count: { personas: 2 },
  ...overrides,
});

describe("batch view", () => {
  it("prices a batch's reserved images by provider call (a grid's four variations are one) and its made ones at what they cost", () => {
    expect(toBatchView(row())).toMatchObject({ estimatedCostUsd: 4.2, costUsd: 0.714 });
    expect(toBatchView(row({ variationsMode: "grid" }))).toMatchObject({ estimatedCostUsd: 1.68, costUsd: 0.714 });
    // Two personas' bases wait in review: their 8 variations were given back.
    expect(toBatchView(row({ variationsMode: "grid", imagesTotal: 92 }))).toMatchObject({ estimatedCostUsd: 1.596 });
    expect(toBatchView(row({ images: false, imagesTotal: 0, costDoneUsd: 0 }))).toMatchObject({ estimatedCostUsd: 0, costUsd: 0 });
    expect(toBatchView(row())).not.toHaveProperty("costDoneUsd");
  });

  it("shows total, counters and the error log, and never the owner id", () => {
    const view = toBatchView(row(), new Date("2026-01-01T10:00:30Z"));
    expect(view).toMatchObject({ id: "b1", total: 20, personasDone: 3, personasFailed: 1, imagesDone: 17, imagesTotal: 100, running: true });
    expect(view.errorLog).toHaveLength(1);
    expect(view.status).toBe("generating-images");
    expect(view).not.toHaveProperty("userId");
    expect(view).toMatchObject({ autoApprove: "if-quality-good", personasInReview: 2 });
    expect(view).not.toHaveProperty("_count");
  });

  it("measures a running batch up to now and a finished one up to its end", () => {
    expect(toBatchView(row(), new Date("2026-01-01T10:00:30Z")).durationMs).toBe(30_000);
    const finished = row({ status: "completed", completedAt: new Date("2026-01-01T10:01:05Z") });
    expect(toBatchView(finished, new Date("2026-02-01T00:00:00Z"))).toMatchObject({ durationMs: 65_000, running: false });
    expect(toBatchView(row({ status: "pending", startedAt: null })).durationMs).toBeNull();
  });

  it("names every status as the persona generator does", () => {
    const stored = ["pending", "generating_data", "data_generated", "generating_images", "completed", "failed", "cancelled"] as const;
    expect(stored.map((status) => toBatchView(row({ status })).status)).toEqual([...BATCH_STATUS_NAMES]);
    expect(BATCH_STATUS_NAMES).toEqual(["pending", "generating-data", "data-generated", "generating-images", "completed", "failed", "cancelled"]);
    expect(stored.map((status) => toBatchView(row({ status })).running)).toEqual([true, true, true, true, false, false, false]);
  });

  it("formats durations for a table cell", () => {
    expect([formatDuration(null), formatDuration(4_400), formatDuration(65_000), formatDuration(3_725_000)]).toEqual(["—", "4 s", "1 min 5 s", "1 h 2 min"]);
  });
});
