import type OpenAI from "openai";
import { getConfig } from "@/lib/config/env";
import { BadRequestError } from "@/lib/errors";
import { generatePersonasOffline } from "./generate-personas-offline";
import { generatePersonasWithOpenAI } from "./generate-personas-openai";
import { personaGenerationInputSchema, type GeneratedPersona, type PersonaGenerationInput } from "./persona-generation-schemas";

export interface GeneratePersonasOptions {
  /** Fixes the people (a batch passes Batch.seed): the same seed and input give the same offline personas. */
  seed: number;
  /** Force a generator; by default OpenAI when OPENAI_API_KEY is set, else offline. */
  source?: "openai" | "offline";
  client?: OpenAI;
  model?: string;
  signal?: AbortSignal;
}

export interface GeneratedPersonas {
  personas: GeneratedPersona[];
  source: "openai" | "offline";
  /** The text model used, when source is "openai". */
  model?: string;
}

/** The one entry point for persona data: picks the generator by configuration and validates the input. */
export async function generatePersonas(input: PersonaGenerationInput, options: GeneratePersonasOptions): Promise<GeneratedPersonas> {
  const parsed = personaGenerationInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadRequestError(issue.message, { [issue.path.join(".") || "input"]: [issue.message] });
  }
  if (!Number.isSafeInteger(options.seed)) throw new BadRequestError("seed must be a whole number");

  const config = getConfig();
  const source = options.source ?? (config.OPENAI_API_KEY || options.client ? "openai" : "offline");
  if (source === "offline") return { personas: generatePersonasOffline(parsed.data, options.seed), source };

  const model = options.model ?? config.OPENAI_TEXT_MODEL;
  const personas = await generatePersonasWithOpenAI(parsed.data, { seed: options.seed, client: options.client, model, signal: options.signal });
  return { personas, source, model };
}
