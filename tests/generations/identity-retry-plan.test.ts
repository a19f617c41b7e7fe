import { describe, expect, it } from "vitest";
import { MAX_SEED } from "@/lib/avatars/avatar-schemas";
import { buildVariationPrompt } from "@/lib/avatars/build-prompt";
import { retryCall, retryImageId, retrySeed } from "@/lib/generations/identity-retry-plan";
import type { GenerationJob } from "@/lib/generations/load-generation-job";
import { plannedImageGenerationId, planGenerationImages } from "@/lib/generations/plan-generation-images";

describe("the plan of a drifted image's re-makes", () => {
  it("gives each attempt its own id that no row is planned under, so the storage sweep removes a left-over file", () => {
    expect(retryImageId("gen1i3", 2)).toBe("gen1i3r2");
    expect(plannedImageGenerationId(retryImageId("gen1i3", 2))).toBeNull();
  });

  it("gives each attempt a new seed, in range and away from the neighbouring images' seeds", () => {
    const seeds = [1, 2, 3, 4, 5].map((attempt) => retrySeed(10, attempt));
    expect(new Set(seeds).size).toBe(5);
    for (const seed of seeds) expect(seed).not.toBeLessThan(0);
    for (const seed of seeds) expect(Math.abs(seed - 10)).toBeGreaterThan(4);
    expect(retrySeed(MAX_SEED - 1, 1)).toBeLessThan(MAX_SEED);
  });

  it("re-makes a grid cell as a single image with its variation's own prompt", () => {
    const generation = { id: "gen2", type: "variations" as const, prompt: "a woman", negativePrompt: null, seed: 7, input: { count: 4, mode: "grid" } };
    const plan = planGenerationImages(generation);
    const job = { generation, plan } as unknown as GenerationJob;
    const call = retryCall(job, plan[2], 1);
    expect(call).toEqual({ prompt: buildVariationPrompt("a woman", 2), negativePrompt: null, seed: retrySeed(7, 1), variationIndex: 2 });
    expect(call.prompt).not.toBe(plan[2].prompt);
  });
});
