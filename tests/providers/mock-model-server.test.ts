import OpenAI from "openai";
import { zodResponseFormat, zodTextFormat } from "openai/helpers/zod";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { startMockModelServer, type MockModelServer } from "../support/mock-model-server";

let mock: MockModelServer;
let client: OpenAI;
const personaOutput = z.object({ name: z.string(), age: z.number().int() });

beforeAll(async () => {
  mock = await startMockModelServer();
  client = new OpenAI({ apiKey: "sk-test", baseURL: mock.openaiBaseUrl, maxRetries: 0 });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe("mock model server: text routes for structured output", () => {
  it("answers chat.completions.parse with the configured JSON", async () => {
    mock.setChatContent({ name: "Ava", age: 31 });
    const completion = await client.chat.completions.parse({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Invent a persona" }],
      response_format: zodResponseFormat(personaOutput, "persona"),
    });
    expect(completion.choices[0].message.parsed).toEqual({ name: "Ava", age: 31 });
    expect(mock.requestsFor("openai-chat")[0].json).toMatchObject({ model: "gpt-4o-mini", response_format: { type: "json_schema" } });
  });

  it("answers responses.parse with the configured JSON", async () => {
    mock.setChatContent({ name: "Bo", age: 40 });
    const response = await client.responses.parse({
      model: "gpt-4o-mini",
      input: "Invent a persona",
      text: { format: zodTextFormat(personaOutput, "persona") },
    });
    expect(response.output_parsed).toEqual({ name: "Bo", age: 40 });
  });

  it("plays queued failures before the default answer", async () => {
    mock.enqueue("openai-chat", { status: 500, body: { error: { message: "boom", type: "server_error" } } });
    await expect(client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] })).rejects.toMatchObject({ status: 500 });
    await expect(client.chat.completions.create({ model: "m", messages: [{ role: "user", content: "hi" }] })).resolves.toBeTruthy();
  });

  it("answers unknown OpenAI paths with 404 and logs them", async () => {
    const response = await fetch(`${mock.openaiBaseUrl}/embeddings`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    expect(mock.requests[0]).toMatchObject({ route: "unknown", path: "/v1/embeddings" });
  });
});
