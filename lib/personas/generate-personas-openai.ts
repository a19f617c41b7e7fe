import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { ContentFilterFinishReasonError, LengthFinishReasonError } from "openai/error";
import { zodResponseFormat } from "openai/helpers/zod";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { z } from "zod";
import { ETHNICITY_WORDS } from "@/lib/avatars/appearance-words";
import { getConfig } from "@/lib/config/env";
import { createNameAllocator } from "./allocate-persona-names";
import { claimUniquePersonaNames } from "./claim-unique-persona-names";
import { LOCALE_PROFILES } from "./data/locale-profiles";
import { PersonaGenerationError } from "./persona-generation-error";
import { ageRangeForAge, generatedPersonaSchema, type GeneratedPersona, type PersonaGenerationInput } from "./persona-generation-schemas";
import { buildPersonaResponseSchema, type PersonaResponse } from "./persona-response-format";
import { createBatchRandom, planPersonaSlots, type PersonaSlot } from "./plan-persona-slots";

/** Twenty personas keep an answer well inside output limits and a retry cheap. */
export const OPENAI_PERSONA_CHUNK_SIZE = 20;
const ATTEMPTS_PER_CHUNK = 2;

export interface OpenAIPersonaOptions {
  /** The batch seed: it fixes the plan (genders, locales, ages) and name de-duplication, not the model's words. */
  seed: number;
  /** Defaults to a client built from OPENAI_API_KEY / OPENAI_BASE_URL / PROVIDER_TIMEOUT_MS. */
  client?: OpenAI;
  /** Defaults to OPENAI_TEXT_MODEL. */
  model?: string;
  chunkSize?: number;
  signal?: AbortSignal;
}

const SYSTEM_PROMPT = [
  "You write fictional personas for a studio that generates consistent portrait photos of them.",
  "Every persona is an invented adult, never a real or famous person.",
  "Answer with exactly the requested number of personas, in the requested order, each with the requested gender and background and an age in the requested range.",
  "Names must be realistic for the person's country, gender and background, and varied: no two personas share a full name, and never reuse a name from the 'already used' list.",
  "Bios are concrete (occupation, city, one personal detail), free of clichés, and reflect the brief.",
  "Visual attributes and the appearance description must agree with each other and with the person's age and background.",
].join(" ");

export function createTextModelClient(): OpenAI {
  const config = getConfig();
  if (!config.OPENAI_API_KEY) throw new PersonaGenerationError("OPENAI_API_KEY is not set, so the OpenAI persona generator cannot run", false);
  return new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, timeout: config.PROVIDER_TIMEOUT_MS, maxRetries: 2 });
}

function describeSlot(slot: PersonaSlot, position: number) {
  const background = slot.ethnicity === "mixed" ? "of mixed heritage" : ETHNICITY_WORDS[slot.ethnicity];
  return `${position}. ${slot.gender}, about ${slot.age} (between ${slot.ageMin} and ${slot.ageMax}), ${background}, from ${LOCALE_PROFILES[slot.locale].country}`;
}

function userPrompt(brief: string | undefined, slots: readonly PersonaSlot[], usedNames: readonly string[]) {
  const lines = [
    `Brief: ${brief?.trim() || "(none) ordinary people with a realistic spread of jobs and lifestyles"}`,
    "",
    `Write exactly ${slots.length} personas, in this order:`,
    ...slots.map((slot, i) => describeSlot(slot, i + 1)),
  ];
  if (usedNames.length > 0) lines.push("", `Names already used in this batch (do not reuse): ${usedNames.join(", ")}`);
  return lines.join("\n");
}

function summarizeIssues(error: z.ZodError) {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`)
    .join("; ");
}

/** Turns the model's answer into personas, or says what is wrong with it. Nothing partial escapes. */
function toGeneratedPersonas(answer: PersonaResponse, slots: readonly PersonaSlot[]): { personas: GeneratedPersona[] } | { problem: string } {
  if (answer.personas.length !== slots.length) return { problem: `expected ${slots.length} personas, got ${answer.personas.length}` };
  const personas: GeneratedPersona[] = [];
  for (const [i, persona] of answer.personas.entries()) {
    const slot = slots[i];
    // A wrong gender means the answer is out of order or ignored the plan; either way the names may not fit.
    if (persona.gender !== slot.gender) return { problem: `persona ${i + 1} is ${persona.gender}, expected ${slot.gender}` };
    const parsed = generatedPersonaSchema.safeParse({
      firstName: persona.firstName,
      lastName: persona.lastName,
      age: persona.age,
      gender: slot.gender,
      ethnicity: slot.ethnicity,
      locale: slot.locale,
      bio: persona.bio,
      personalityTraits: persona.personalityTraits,
      appearanceDescription: persona.appearanceDescription,
      attributes: { ...persona.attributes, gender: slot.gender, ethnicity: slot.ethnicity, ageRange: ageRangeForAge(persona.age) },
    });
    if (!parsed.success) return { problem: `persona ${i + 1}: ${summarizeIssues(parsed.error)}` };
    if (parsed.data.age < slot.ageMin || parsed.data.age > slot.ageMax) {
      return { problem: `persona ${i + 1} is ${parsed.data.age}, outside ${slot.ageMin}–${slot.ageMax}` };
    }
    personas.push(parsed.data);
  }
  return { personas };
}

/** Errors in the answer's content are worth one more try; transport and account errors are not ours to retry. */
function contentProblem(error: unknown): string | undefined {
  if (error instanceof SyntaxError) return `the answer is not valid JSON (${error.message})`;
  if (error instanceof z.ZodError) return `the answer does not match the schema (${summarizeIssues(error)})`;
  if (error instanceof LengthFinishReasonError) return "the answer was cut off at the output token limit";
  if (error instanceof ContentFilterFinishReasonError) return "the answer was stopped by the content filter";
  return undefined;
}

function toGenerationError(error: unknown, model: string, baseURL: string): unknown {
  if (error instanceof APIUserAbortError || error instanceof PersonaGenerationError) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new PersonaGenerationError(`The text model at ${baseURL} did not answer in time. Try again later or raise PROVIDER_TIMEOUT_MS.`, true, error);
  }
  if (error instanceof APIConnectionError) {
    return new PersonaGenerationError(`Could not reach the text model at ${baseURL} (${error.message}). Check OPENAI_BASE_URL and the network.`, true, error);
  }
  if (error instanceof APIError) {
    const detail = `${error.status}: ${error.message}`;
    if (error.status === 401 || error.status === 403) {
      return new PersonaGenerationError(`The text model rejected the API key (${detail}). Check OPENAI_API_KEY.`, false, error);
    }
    if (error.status === 404) {
      return new PersonaGenerationError(`Text model "${model}" was not found (${detail}). Check OPENAI_TEXT_MODEL.`, false, error);
    }
    if (error.status === 429 || (error.status ?? 0) >= 500) {
      return new PersonaGenerationError(`The text model is unavailable or rate-limited (${detail}). Try again later.`, true, error);
    }
    return new PersonaGenerationError(`The text model rejected the persona request (${detail}).`, false, error);
  }
  return error;
}

async function requestChunk(
  client: OpenAI,
  model: string,
  brief: string | undefined,
  slots: readonly PersonaSlot[],
  usedNames: readonly string[],
  signal?: AbortSignal,
): Promise<GeneratedPersona[]> {
  const responseFormat = zodResponseFormat(buildPersonaResponseSchema(slots), "personas");
  const messages: ChatCompletionMessageParam[] = [
    { role: "system", content: SYSTEM_PROMPT },
    { role: "user", content: userPrompt(brief, slots, usedNames) },
  ];
  let problem = "";
  for (let attempt = 1; attempt <= ATTEMPTS_PER_CHUNK; attempt++) {
    if (attempt > 1) {
      messages.push({ role: "user", content: `Your previous answer was rejected: ${problem}. Answer again, following the schema and the list exactly.` });
    }
    let completion;
    try {
      completion = await client.chat.completions.parse({ model, messages, response_format: responseFormat }, { signal });
    } catch (error) {
      const content = contentProblem(error);
      if (!content) throw toGenerationError(error, model, client.baseURL);
      problem = content;
      continue;
    }
    const message = completion.choices[0]?.message;
    if (!message) problem = "the answer has no choices";
    else if (message.refusal) problem = `the model refused (${message.refusal})`;
    else if (!message.parsed) problem = "the answer is empty";
    else {
      const result = toGeneratedPersonas(message.parsed, slots);
      if ("personas" in result) return result.personas;
      problem = result.problem;
    }
  }
  const first = slots[0].index + 1;
  const last = slots[slots.length - 1].index + 1;
  throw new PersonaGenerationError(
    `The text model (${model}) gave an unusable answer twice for personas ${first}–${last}: ${problem}. ` +
      "Try again; if it keeps failing, shorten the brief or choose another OPENAI_TEXT_MODEL.",
    true,
  );
}

/**
 * Asks the text model for exactly `count` personas, `chunkSize` per request, in sequence so later requests
 * can avoid names already used. Returns all of them or throws PersonaGenerationError; never a partial list.
 */
export async function generatePersonasWithOpenAI(input: PersonaGenerationInput, options: OpenAIPersonaOptions): Promise<GeneratedPersona[]> {
  const client = options.client ?? createTextModelClient();
  const model = options.model ?? getConfig().OPENAI_TEXT_MODEL;
  const chunkSize = Math.max(1, options.chunkSize ?? OPENAI_PERSONA_CHUNK_SIZE);
  const random = createBatchRandom(options.seed, input);
  const { slots } = planPersonaSlots(input, random);
  const names = createNameAllocator(random);

  const personas: GeneratedPersona[] = [];
  for (let start = 0; start < slots.length; start += chunkSize) {
    const chunk = slots.slice(start, start + chunkSize);
    const usedNames = personas.map((persona) => `${persona.firstName} ${persona.lastName}`);
    const answer = await requestChunk(client, model, input.brief, chunk, usedNames, options.signal);
    personas.push(...claimUniquePersonaNames(answer, names));
  }
  return personas;
}
