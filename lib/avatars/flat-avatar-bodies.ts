import type { z } from "zod";
import { ATTRIBUTE_FIELDS, mapFreeTextAttributes, type AttributeField } from "./attribute-free-text";

/*
 * Request bodies of the systems the seed documents describe, turned into this app's nested form before
 * the usual schema validates them:
 * - the avatar creator's flat generate body (personaName, personaAge, …, gender, ethnicity, … as free text);
 * - the seed-image workflow's create-persona body (appearance, personality, base_appearance_description).
 * A field sent in both forms is a 400 that names it; the nested form alone passes through unchanged.
 */

type Ctx = z.core.$RefinementCtx;
type Body = Record<string, unknown>;

const MAX_FREE_TEXT = 100;

const PERSONA_FIELDS = {
  personaName: "name",
  personaAge: "age",
  personaPersonality: "personalityTraits",
  personaBackground: "background",
} as const;

const isObject = (value: unknown): value is Body => typeof value === "object" && value !== null && !Array.isArray(value);

/** "confident, warm; curious" → ["confident", "warm", "curious"]; arrays pass through for the schema to check. */
function traitList(value: unknown) {
  return typeof value === "string" ? value.split(/[,;]/).map((trait) => trait.trim()).filter(Boolean) : value;
}

/** The nested object under `key` as a copy, {} when absent; anything else is returned for the schema to refuse. */
function nested(body: Body, key: string): Body | undefined {
  const value = body[key];
  if (value === undefined || value === null) return {};
  return isObject(value) ? { ...value } : undefined;
}

function conflict(ctx: Ctx, flatKey: string, nestedKey: string) {
  ctx.addIssue({ code: "custom", path: [flatKey], message: `${flatKey} and ${nestedKey} were both given; send one of them` });
}

const joinText = (...parts: unknown[]) => parts.filter((part): part is string => typeof part === "string" && part.trim() !== "").join(", ") || undefined;

/** The avatar creator's flat generate body → `{ persona, attributes, appearanceDescription }`; unknown look values become phrases. */
export function fromAvatarCreatorBody(value: unknown, ctx: Ctx): unknown {
  if (!isObject(value)) return value;
  const flatPersona = Object.keys(PERSONA_FIELDS).filter((key) => key in value) as (keyof typeof PERSONA_FIELDS)[];
  const flatLook = ATTRIBUTE_FIELDS.filter((key) => key in value);
  if (!flatPersona.length && !flatLook.length) return value;
  const body: Body = { ...value };
  const persona = nested(body, "persona");
  const attributes = nested(body, "attributes");
  if (!persona || !attributes) return value;

  for (const key of flatPersona) {
    const target = PERSONA_FIELDS[key];
    if (persona[target] !== undefined) conflict(ctx, key, `persona.${target}`);
    else persona[target] = key === "personaPersonality" ? traitList(body[key]) : body[key];
    delete body[key];
  }

  const freeText: Partial<Record<AttributeField, string>> = {};
  for (const key of flatLook) {
    const given = body[key];
    delete body[key];
    if (attributes[key] !== undefined) conflict(ctx, key, `attributes.${key}`);
    else if (given === null || given === undefined) continue;
    else if (typeof given !== "string") ctx.addIssue({ code: "custom", path: [key], message: `${key} must be text` });
    else if (given.trim().length > MAX_FREE_TEXT) ctx.addIssue({ code: "custom", path: [key], message: `${key} must be at most ${MAX_FREE_TEXT} characters` });
    else freeText[key] = given;
  }
  const mapped = mapFreeTextAttributes(freeText);
  Object.assign(attributes, mapped.attributes);

  if (Object.keys(persona).length) body.persona = persona;
  if (Object.keys(attributes).length) body.attributes = attributes;
  const description = joinText(body.appearanceDescription, ...mapped.phrases);
  if (description !== undefined) body.appearanceDescription = description;
  return body;
}

/**
 * The seed-image workflow's create-persona body: `base_appearance_description` (else `appearance`) is the
 * appearance description the seed image is generated from; `appearance`, when both are given, is the
 * one-line summary kept as the background; `personality` (comma-separated) the personality traits.
 */
export function fromSeedWorkflowBody(value: unknown, ctx: Ctx): unknown {
  if (!isObject(value)) return value;
  const keys = ["appearance", "personality", "base_appearance_description"].filter((key) => key in value);
  if (!keys.length) return value;
  const { appearance, personality, base_appearance_description: baseDescription, ...body } = value;
  const persona = nested(body, "persona");
  if (!persona) return value;

  for (const [key, text] of [["appearance", appearance], ["personality", personality], ["base_appearance_description", baseDescription]] as const) {
    if (text !== undefined && text !== null && typeof text !== "string") ctx.addIssue({ code: "custom", path: [key], message: `${key} must be text` });
  }
  const description = typeof baseDescription === "string" && baseDescription.trim() ? baseDescription : appearance;
  const summary = description === baseDescription && typeof appearance === "string" && appearance.trim() ? appearance : undefined;

  if (description !== undefined && description !== null) {
    if (body.appearanceDescription !== undefined) conflict(ctx, description === baseDescription ? "base_appearance_description" : "appearance", "appearanceDescription");
    else body.appearanceDescription = description;
  }
  if (summary !== undefined) {
    if (persona.background !== undefined) conflict(ctx, "appearance", "persona.background");
    else persona.background = summary;
  }
  if (personality !== undefined && personality !== null) {
    if (persona.personalityTraits !== undefined) conflict(ctx, "personality", "persona.personalityTraits");
    else persona.personalityTraits = traitList(personality);
  }
  if (Object.keys(persona).length) body.persona = persona;
  return body;
}
