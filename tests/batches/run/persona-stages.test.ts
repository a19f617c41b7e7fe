import { describe, expect, it } from "vitest";
import {
  BATCH_ERROR_STAGES,
  BATCH_PERSONA_STAGES,
  batchPersonaStageSchema,
  readErrorStage,
  readPersonaStage,
} from "@/lib/batches/run/persona-stages";
import { readErrorLog, summarizeBatchPersonas } from "@/lib/batches/summarize-batch-personas";

describe("batch persona stages", () => {
  it("lists the stages in the order a persona passes them", () => {
    expect(BATCH_PERSONA_STAGES).toEqual(["data", "base", "approve", "variations", "done", "persona"]);
  });

  it("accepts only the known stage names at the boundary", () => {
    for (const stage of BATCH_PERSONA_STAGES) expect(batchPersonaStageSchema.parse(stage)).toBe(stage);
    expect(batchPersonaStageSchema.safeParse("generating").success).toBe(false);
    expect(batchPersonaStageSchema.safeParse("Base").success).toBe(false);
  });

  it("reads a stored stage as the union, and nothing else", () => {
    expect(readPersonaStage("approve")).toBe("approve");
    expect(readPersonaStage(null)).toBeNull();
    expect(readPersonaStage("whatever")).toBeNull();
  });

  it("names every failure in the error log with a known stage, else unknown", () => {
    for (const stage of BATCH_ERROR_STAGES) expect(readErrorStage(stage)).toBe(stage);
    expect(readErrorStage("done")).toBe("unknown");
    expect(readErrorStage(undefined)).toBe("unknown");
    expect(readErrorStage(7)).toBe("unknown");
  });

  it("a hand-written error-log stage no code writes reads as unknown", () => {
    expect(readErrorLog([{ avatarId: "b1p000", stage: "polishing", message: "x", at: "2026-01-01T00:00:00.000Z" }])[0].stage).toBe("unknown");
    const summary = summarizeBatchPersonas([
      { avatarId: "b1p000", name: "A", index: 0, status: "failed", stage: "approve", errorMessage: "no", finishedAt: null },
    ]);
    expect(summary.errorLog[0].stage).toBe("approve");
  });
});
