import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import { AppError, BadRequestError } from "@/lib/errors";
import { assertProviderOptions, getImageProvider, getImageProviderFor, IMAGE_PROVIDER_NAMES, imageProviderNameSchema, listImageProviders } from "@/lib/providers/image";

const bare = parseConfig({});
const configured = parseConfig({
  HF_TOKEN: "hf_x",
  OPENAI_API_KEY: "sk-x",
  REPLICATE_API_TOKEN: "r8_x",
  STABILITY_API_KEY: "sk-st",
  COMFYUI_URL: "http://gpu-box:8188",
});

function refusalOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("not refused");
}

describe("image provider registry", () => {
  it("lists local as always available and says how to enable the others", () => {
    expect(listImageProviders(bare)).toEqual([
      expect.objectContaining({ name: "local", available: true, supports: expect.objectContaining({ reference: true, grid: true }) }),
      expect.objectContaining({ name: "huggingface", available: false, reason: "Set HF_TOKEN to enable Hugging Face", model: "black-forest-labs/FLUX.1-dev" }),
      expect.objectContaining({ name: "openai", available: false, reason: "Set OPENAI_API_KEY to enable OpenAI", model: "gpt-image-1" }),
      expect.objectContaining({ name: "replicate", available: false, reason: "Set REPLICATE_API_TOKEN to enable Replicate" }),
      expect.objectContaining({ name: "stability", available: false, reason: "Set STABILITY_API_KEY to enable Stability AI" }),
      expect.objectContaining({ name: "comfyui", available: false, reason: "Set COMFYUI_URL to enable ComfyUI" }),
    ]);
    expect(listImageProviders(configured).every((provider) => provider.available && !provider.reason)).toBe(true);
  });

  it("declares models, sizes and what each provider supports", () => {
    const byName = Object.fromEntries(listImageProviders(configured).map((provider) => [provider.name, provider]));
    expect(byName.replicate).toMatchObject({
      models: { textToImage: "black-forest-labs/flux-dev", reference: "black-forest-labs/flux-kontext-pro" },
      supports: { seed: true, negativePrompt: false, reference: true, strength: false, quality: false, grid: true },
      sizes: expect.arrayContaining(["1:1", "2:3"]),
    });
    expect(byName.stability).toMatchObject({ models: { textToImage: "core", reference: "sd3.5-large" }, supports: { seed: true, negativePrompt: true, strength: true } });
    expect(byName.comfyui).toMatchObject({ models: { textToImage: "comfyui/text-to-image.json", reference: "comfyui/reference.json" }, supports: { strength: true, grid: true } });
    expect(byName.openai).toMatchObject({ supports: { seed: false, quality: true, reference: true }, qualities: ["low", "medium", "high"], sizes: ["1024x1024", "1536x1024", "1024x1536"] });
    const dalle3 = listImageProviders(parseConfig({ OPENAI_API_KEY: "sk", OPENAI_IMAGE_MODEL: "dall-e-3", OPENAI_IMAGE_QUALITY: "hd" }))[2];
    expect(dalle3).toMatchObject({ qualities: ["standard", "hd"], defaultQuality: "hd", models: { reference: null }, supports: { reference: false, grid: false } });
  });

  it("refuses unconfigured and unknown providers as provider_unavailable (400), a domain error and not an HTTP class", () => {
    const refusal = (name: string) => refusalOf(() => getImageProvider(name, bare));
    expect(refusal("huggingface")).toMatchObject({ message: "huggingface is not available. Check HF_TOKEN configuration", code: "provider_unavailable", status: 400 });
    expect(refusal("openai")).toMatchObject({ message: "openai is not available. Check OPENAI_API_KEY configuration", code: "provider_unavailable", status: 400 });
    expect(refusal("replicate")).toMatchObject({ message: "replicate is not available. Check REPLICATE_API_TOKEN configuration", code: "provider_unavailable" });
    expect(refusal("comfyui")).toMatchObject({ message: "comfyui is not available. Check COMFYUI_URL configuration", code: "provider_unavailable" });
    expect(refusal("midjourney")).toMatchObject({
      message: 'Unknown image provider "midjourney". Choose one of: local, huggingface, openai, replicate, stability, comfyui',
      code: "provider_unavailable",
    });
    for (const name of ["huggingface", "openai", "midjourney"]) {
      expect(refusal(name)).toBeInstanceOf(AppError);
      expect(refusal(name)).not.toBeInstanceOf(BadRequestError);
    }
  });

  it("refuses an option the chosen provider cannot honour with a 400 naming it", () => {
    const refusal = (name: string, options: Parameters<typeof assertProviderOptions>[1]) => refusalOf(() => getImageProviderFor(name, options, configured));
    expect(refusal("openai", { seed: 5 })).toMatchObject({ code: "invalid_input", status: 400, message: "seed: OpenAI ignores seeds; leave seed out or choose another provider", details: { seed: [expect.any(String)] } });
    expect(refusal("replicate", { negativePrompt: "blurry" }).message).toMatch(/^negativePrompt: Replicate takes no negative prompt/);
    expect(refusal("replicate", { strength: 0.5 }).message).toMatch(/^strength: /);
    expect(refusal("local", { quality: "high" }).message).toMatch(/^quality: /);
    expect(refusal("openai", { quality: "hd" }).message).toBe("quality: must be one of low, medium, high for gpt-image-1");
    const dalle3 = parseConfig({ OPENAI_API_KEY: "sk", OPENAI_IMAGE_MODEL: "dall-e-3" });
    expect(refusalOf(() => assertProviderOptions("openai", { grid: true }, dalle3)).message).toMatch(/^grid: /);
    expect(refusalOf(() => assertProviderOptions("openai", { reference: true }, dalle3)).message).toMatch(/^reference: /);
    // What a provider does honour passes, and an empty negative prompt asks nothing.
    expect(getImageProviderFor("openai", { quality: "high", negativePrompt: "" }, configured).name).toBe("openai");
    expect(getImageProviderFor("stability", { seed: 1, negativePrompt: "x", strength: 0.4, reference: true, grid: true }, configured).name).toBe("stability");
  });

  it("checks OPENAI_IMAGE_QUALITY against the model at start", () => {
    expect(() => parseConfig({ OPENAI_IMAGE_QUALITY: "hd" })).toThrow("OPENAI_IMAGE_QUALITY: must be one of low, medium, high for gpt-image-1");
    expect(parseConfig({ OPENAI_IMAGE_MODEL: "dall-e-3", OPENAI_IMAGE_QUALITY: "hd" }).OPENAI_IMAGE_QUALITY).toBe("hd");
  });

  it("takes its names from one list, which every provider schema accepts", () => {
    expect(listImageProviders(bare).map((provider) => provider.name)).toEqual([...IMAGE_PROVIDER_NAMES]);
    for (const name of IMAGE_PROVIDER_NAMES) expect(imageProviderNameSchema.parse(name)).toBe(name);
    expect(imageProviderNameSchema.safeParse("midjourney").error?.issues[0].message).toBe("Provider must be one of: local, huggingface, openai, replicate, stability, comfyui");
  });

  it("returns configured providers", () => {
    expect(getImageProvider("local", bare).name).toBe("local");
    expect(getImageProvider("huggingface", configured)).toMatchObject({ name: "huggingface", model: "black-forest-labs/FLUX.1-dev" });
    expect(getImageProvider("openai", configured)).toMatchObject({ name: "openai", model: "gpt-image-1" });
    expect(getImageProvider("replicate", configured)).toMatchObject({ name: "replicate", model: "black-forest-labs/flux-dev", referenceModel: "black-forest-labs/flux-kontext-pro" });
    expect(getImageProvider("stability", configured)).toMatchObject({ name: "stability", model: "core" });
    expect(getImageProvider("comfyui", configured)).toMatchObject({ name: "comfyui", model: "comfyui/text-to-image.json" });
  });
});
