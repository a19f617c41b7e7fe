import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import { AppError, BadRequestError } from "@/lib/errors";
import { getImageProvider, IMAGE_PROVIDER_NAMES, imageProviderNameSchema, listImageProviders } from "@/lib/providers/image";

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

  it("refuses unconfigured and unknown providers as provider_unavailable (400), a domain error and not an HTTP class", () => {
    const refusal = (name: string) => {
      try {
        getImageProvider(name, bare);
      } catch (error) {
        return error;
      }
      throw new Error(`${name} was not refused`);
    };
    expect(refusal("huggingface")).toMatchObject({ message: "huggingface is not available. Check HF_TOKEN configuration", code: "provider_unavailable", status: 400 });
    expect(refusal("openai")).toMatchObject({ message: "openai is not available. Check OPENAI_API_KEY configuration", code: "provider_unavailable", status: 400 });
    expect(refusal("midjourney")).toMatchObject({ message: 'Unknown image provider "midjourney". Choose one of: local, huggingface, openai', code: "provider_unavailable" });
    for (const name of ["huggingface", "openai", "midjourney"]) {
      expect(refusal(name)).toBeInstanceOf(AppError);
      expect(refusal(name)).not.toBeInstanceOf(BadRequestError);
    }
  });

  it("takes its names from one list, which every provider schema accepts", () => {
    expect(listImageProviders(bare).map((provider) => provider.name)).toEqual([...IMAGE_PROVIDER_NAMES]);
    for (const name of IMAGE_PROVIDER_NAMES) expect(imageProviderNameSchema.parse(name)).toBe(name);
    expect(imageProviderNameSchema.safeParse("midjourney").error?.issues[0].message).toBe("Provider must be one of: local, huggingface, openai");
  });

  it("returns configured providers", () => {
    expect(getImageProvider("local", bare).name).toBe("local");
    expect(getImageProvider("huggingface", configured)).toMatchObject({ name: "huggingface", model: "black-forest-labs/FLUX.1-dev" });
    expect(getImageProvider("openai", configured)).toMatchObject({ name: "openai", model: "gpt-image-1" });
  });
});
