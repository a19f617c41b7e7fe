import type { MockModelServer } from "./mock-model-server";

/** App settings that enable both remote providers and point their real SDK clients at the mock. */
export function mockProviderEnv(mock: MockModelServer) {
  return { HF_TOKEN: "hf_test", HF_ENDPOINT_URL: mock.huggingFaceUrl, OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: mock.openaiBaseUrl };
}
