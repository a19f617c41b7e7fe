import type { MockModelServer } from "./mock-model-server";

/** App settings that enable every remote provider and point their real clients at the mock. */
export function mockProviderEnv(mock: MockModelServer) {
  return {
    HF_TOKEN: "hf_test",
    HF_ENDPOINT_URL: mock.huggingFaceUrl,
    OPENAI_API_KEY: "sk-test",
    OPENAI_BASE_URL: mock.openaiBaseUrl,
    REPLICATE_API_TOKEN: "r8_test",
    REPLICATE_BASE_URL: mock.replicateBaseUrl,
    STABILITY_API_KEY: "sk-stability-test",
    STABILITY_BASE_URL: mock.stabilityBaseUrl,
    COMFYUI_URL: mock.comfyUrl,
  };
}
