import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import { BadRequestError } from "@/lib/errors";
import { getImageProvider, listImageProviders } from "@/lib/providers/image";

const bare = parseConfig({});
const configured = parseConfig({ HF_TOKEN: "hf_x", OPENAI_API_KEY: "sk-x" });

describe("image provider registry", () => {
  it("lists local as always available and says how to enable the others", () => {
    expect(listImageProviders(bare)).toEqual([
      expect.objectContaining({ name: "local", available: true, supportsReference: true }),
      expect.objectContaining({ name: "huggingface", available: false, reason: "Set HF_TOKEN to enable Hugging Face", model: "black-forest-labs/FLUX.1-dev" }),
      expect.objectContaining({ name: "openai", available: false, reason: "Set OPENAI_API_KEY to enable OpenAI", model: "gpt-image-1" }),
    ]);
    expect(listImageProviders(configured).every((provider) => provider.available && !provider.reason)).toBe(true);
  });

  it("refuses unconfigured and unknown providers with a BadRequestError", () => {
    expect(() => getImageProvider("huggingface", bare)).toThrow(new BadRequestError("huggingface is not available. Check HF_TOKEN configuration"));
    expect(() => getImageProvider("openai", bare)).toThrow(new BadRequestError("openai is not available. Check OPENAI_API_KEY configuration"));
    expect(() => getImageProvider("midjourney", bare)).toThrow(BadRequestError);
  });

  it("returns configured providers", () => {
    expect(getImageProvider("local", bare).name).toBe("local");
    expect(getImageProvider("huggingface", configured)).toMatchObject({ name: "huggingface", model: "black-forest-labs/FLUX.1-dev" });
    expect(getImageProvider("openai", configured)).toMatchObject({ name: "openai", model: "gpt-image-1" });
  });
});
