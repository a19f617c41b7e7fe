import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config/env";
import { nameKey } from "@/lib/personas/allocate-persona-names";
import { generatedPersonaSchema, type PersonaGenerationInput } from "@/lib/personas/persona-generation-schemas";
import { generatePersonas } from "@/lib/personas/generate-personas";
import { generatePersonasWithOpenAI } from "@/lib/personas/generate-personas-openai";
import { PersonaGenerationError } from "@/lib/personas/persona-generation-error";
import { createBatchRandom, planPersonaSlots, type PersonaSlot } from "@/lib/personas/plan-persona-slots";
import { mockResponses, startMockModelServer, type MockModelServer } from "@/tests/support/mock-model-server";

let mock: MockModelServer;
let client: OpenAI;
const MODEL = "mock-text-model";

beforeAll(async () => {
  mock = await startMockModelServer();
  // No SDK retries: each test scripts every answer the server gives.
  client = new OpenAI({ apiKey: "test-key", baseURL: mock.openaiBaseUrl, maxRetries: 0 });
});
afterEach(() => mock.reset());
afterAll(() => mock.close());

const slotsFor = (input: PersonaGenerationInput, seed: number) => planPersonaSlots(input, createBatchRandom(seed, input)).slots;

/** A well-formed model answer for these slots; `name(i)` lets a test force repeats. */
function answerFor(slots: readonly PersonaSlot[], name = (slot: PersonaSlot) => [`Given${slot.index}`, `Family${slot.index}`]) {
  return {
    personas: slots.map((slot) => {
      const [firstName, lastName] = name(slot);
      return {
        firstName,
        lastName,
        age: slot.age,
        gender: slot.gender,
        bio: `${firstName} ${lastName} is a product designer in Lisbon who restores old radios.`,
        personalityTraits: ["curious", "warm", "precise"],
        appearanceDescription: `${firstName} has short dark hair and wears a grey linen shirt.`,
        attributes: { bodyType: "slim", hairStyle: "short", hairColor: "dark brown", eyeColor: "brown", skinTone: "medium", style: "editorial" },
      };
    }),
  };
}

/** A chat.completion body as the real API sends it. */
function completion(content: string, extra: { refusal?: string; finish_reason?: string } = {}) {
  return {
    body: {
      id: "chatcmpl-test",
      object: "chat.completion",
      created: 1,
      model: MODEL,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: extra.refusal ? null : content, refusal: extra.refusal ?? null },
          finish_reason: extra.finish_reason ?? "stop",
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    },
  };
}

const requestBodies = () => mock.requestsFor("openai-chat").map((request) => request.json as Record<string, any>);

describe("OpenAI persona generator", () => {
  const input: PersonaGenerationInput = { count: 3, brief: "European tech professionals aged 25–40", constraints: { genderMix: "balanced" } };

  it("sends the model, a strict JSON schema and the plan, and returns validated personas", async () => {
    const slots = slotsFor(input, 5);
    mock.enqueue("openai-chat", completion(JSON.stringify(answerFor(slots))));

    const personas = await generatePersonasWithOpenAI(input, { seed: 5, client, model: MODEL });

    expect(personas).toHaveLength(3);
    personas.forEach((persona, i) => {
      expect(generatedPersonaSchema.safeParse(persona).success).toBe(true);
      expect(persona.gender).toBe(slots[i].gender);
      expect(persona.locale).toBe(slots[i].locale);
      expect(persona.attributes.ethnicity).toBe(slots[i].ethnicity);
    });
    const [body] = requestBodies();
    expect(body.model).toBe(MODEL);
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.name).toBe("personas");
    const schema = body.response_format.json_schema.schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.personas.minItems).toBe(3);
    expect(schema.properties.personas.maxItems).toBe(3);
    expect(schema.properties.personas.items.properties.age).toMatchObject({ minimum: 25, maximum: 40 });
    expect(body.messages[0].role).toBe("system");
    expect(body.messages[1].content).toContain("European tech professionals aged 25–40");
    expect(body.messages[1].content).toContain("Write exactly 3 personas");
  });

  it("retries once after a malformed answer and then succeeds", async () => {
    const slots = slotsFor(input, 6);
    mock.enqueue("openai-chat", completion('{"personas": [ {"firstName": "Ann'), completion(JSON.stringify(answerFor(slots))));

    const personas = await generatePersonasWithOpenAI(input, { seed: 6, client, model: MODEL });

    expect(personas).toHaveLength(3);
    const bodies = requestBodies();
    expect(bodies).toHaveLength(2);
    expect(bodies[1].messages.at(-1).content).toMatch(/previous answer was rejected: the answer is not valid JSON/);
  });

  it("fails with a clear error after two malformed answers, without returning anything", async () => {
    mock.enqueue("openai-chat", completion("not json at all"), completion("{}"));

    const error = await generatePersonasWithOpenAI(input, { seed: 7, client, model: MODEL }).catch((e) => e);

    expect(error).toBeInstanceOf(PersonaGenerationError);
    expect(error.message).toMatch(/gave an unusable answer twice for personas 1–3/);
    expect(error.message).toMatch(/does not match the schema/);
    expect(error.status).toBe(502);
    expect(error.retryable).toBe(true);
    expect(requestBodies()).toHaveLength(2);
  });

  it("treats a refusal, a wrong count and a wrong gender as invalid answers", async () => {
    const slots = slotsFor(input, 8);
    const wrongGender = answerFor(slots);
    wrongGender.personas[0].gender = slots[0].gender === "female" ? "male" : "female";
    mock.enqueue("openai-chat", completion("", { refusal: "I can't help with that." }), completion(JSON.stringify(wrongGender)));
    const refused = await generatePersonasWithOpenAI(input, { seed: 8, client, model: MODEL }).catch((e) => e);
    expect(refused.message).toMatch(/persona 1 is (male|female), expected (female|male)/);
    expect(requestBodies()[1].messages.at(-1).content).toMatch(/the model refused \(I can't help with that.\)/);

    mock.reset();
    const tooFew = { personas: answerFor(slots).personas.slice(0, 2) };
    mock.enqueue("openai-chat", completion(JSON.stringify(tooFew)), completion("", { finish_reason: "length" }));
    const short = await generatePersonasWithOpenAI(input, { seed: 8, client, model: MODEL }).catch((e) => e);
    expect(short).toBeInstanceOf(PersonaGenerationError);
    expect(short.message).toMatch(/cut off at the output token limit/);
  });

  it("rejects an answer whose fields break the persona rules", async () => {
    const slots = slotsFor(input, 9);
    const longBio = answerFor(slots);
    longBio.personas[2].bio = "x".repeat(700);
    mock.enqueue("openai-chat", completion(JSON.stringify(longBio)), completion(JSON.stringify(longBio)));
    const error = await generatePersonasWithOpenAI(input, { seed: 9, client, model: MODEL }).catch((e) => e);
    expect(error.message).toMatch(/persona 3: bio: bio must be at most 600 characters/);
  });

  it("asks in chunks, passes used names on, and makes repeated names unique", async () => {
    const big: PersonaGenerationInput = { count: 45, constraints: { locale: "de-DE" } };
    const slots = slotsFor(big, 10);
    const chunks = [slots.slice(0, 20), slots.slice(20, 40), slots.slice(40)];
    // The model repeats "Anna Schmidt"-style names: every persona gets one of three names.
    const repeat = (slot: PersonaSlot) => [slot.gender === "male" ? "Jonas" : slot.gender === "female" ? "Anna" : "Kim", "Schmidt"];
    for (const chunk of chunks) mock.enqueue("openai-chat", completion(JSON.stringify(answerFor(chunk, repeat))));

    const personas = await generatePersonasWithOpenAI(big, { seed: 10, client, model: MODEL, chunkSize: 20 });

    expect(personas).toHaveLength(45);
    expect(new Set(personas.map((p) => nameKey(p))).size).toBe(45);
    const renamed = personas.filter((p) => p.lastName !== "Schmidt");
    expect(renamed.length).toBeGreaterThan(40);
    for (const p of renamed) {
      expect(p.bio).toContain(`${p.firstName} ${p.lastName}`);
      expect(p.bio).not.toContain("Schmidt");
    }
    const bodies = requestBodies();
    expect(bodies.map((b) => b.response_format.json_schema.schema.properties.personas.minItems)).toEqual([20, 20, 5]);
    expect(bodies[0].messages[1].content).not.toContain("already used");
    expect(bodies[2].messages[1].content).toContain(`${personas[0].firstName} ${personas[0].lastName}`);
  });

  it("reports a rejected API key as a non-retryable configuration error", async () => {
    mock.enqueue("openai-chat", mockResponses.openaiError(401, "Incorrect API key provided", "invalid_api_key"));
    const error = await generatePersonasWithOpenAI(input, { seed: 11, client, model: MODEL }).catch((e) => e);
    expect(error).toBeInstanceOf(PersonaGenerationError);
    expect(error.message).toMatch(/rejected the API key .*Check OPENAI_API_KEY/);
    expect(error.retryable).toBe(false);
    expect(requestBodies()).toHaveLength(1);
  });

  it("reports a server error as retryable", async () => {
    mock.enqueue("openai-chat", mockResponses.serverError());
    const error = await generatePersonasWithOpenAI(input, { seed: 12, client, model: MODEL }).catch((e) => e);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/unavailable or rate-limited \(500/);
  });
});

describe("generatePersonas", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_TEXT_MODEL"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    resetConfig();
  });

  it("uses the offline generator when no OpenAI key is configured", async () => {
    process.env.OPENAI_API_KEY = "";
    resetConfig();
    const result = await generatePersonas({ count: 4 }, { seed: 1 });
    expect(result.source).toBe("offline");
    expect(result.personas).toHaveLength(4);
    expect(mock.requests).toHaveLength(0);
  });

  it("uses OpenAI with the configured model when a key is set", async () => {
    process.env.OPENAI_API_KEY = "test-key";
    process.env.OPENAI_BASE_URL = mock.openaiBaseUrl;
    process.env.OPENAI_TEXT_MODEL = "configured-model";
    resetConfig();
    const input = { count: 2 };
    mock.setChatContent(answerFor(slotsFor(input, 3)));

    const result = await generatePersonas(input, { seed: 3 });

    expect(result).toMatchObject({ source: "openai", model: "configured-model" });
    expect(result.personas).toHaveLength(2);
    expect(requestBodies()[0].model).toBe("configured-model");
    expect(mock.requestsFor("openai-chat")[0].headers.authorization).toBe("Bearer test-key");
  });

  it("rejects a bad count before calling anything", async () => {
    await expect(generatePersonas({ count: 0 }, { seed: 1 })).rejects.toThrow("count must be between 1 and 100");
    await expect(generatePersonas({ count: 101 }, { seed: 1, source: "offline" })).rejects.toMatchObject({ status: 400 });
  });
});
