/*
 * Request bodies copied byte for byte from the seed documents (/work/shared/seeds): the avatar creator's
 * four example requests (004, "API Testing Guide", tests 1–4) and the seed-image workflow's create-persona
 * requests (001, "Workflow Examples"). Tests send these strings unchanged.
 */

export const AVATAR_CREATOR_SIMPLE = "{\n    \"name\": \"Simple Portrait\",\n    \"prompt\": \"professional portrait of a confident person\"\n  }";

export const AVATAR_CREATOR_PERSONA = "{\n    \"name\": \"Marketing Executive\",\n    \"prompt\": \"professional business portrait in modern office\",\n    \"personaName\": \"Sarah Johnson\",\n    \"personaAge\": 32,\n    \"personaPersonality\": [\"professional\", \"confident\", \"friendly\"],\n    \"personaBackground\": \"Senior marketing executive with 10 years experience\"\n  }";

export const AVATAR_CREATOR_ATTRIBUTES = "{\n    \"name\": \"Asian Professional Woman\",\n    \"prompt\": \"confident business woman in elegant attire\",\n    \"gender\": \"female\",\n    \"ageRange\": \"adult\",\n    \"ethnicity\": \"asian\",\n    \"hairStyle\": \"long straight\",\n    \"hairColor\": \"black\",\n    \"eyeColor\": \"brown\",\n    \"skinTone\": \"light-medium\",\n    \"style\": \"professional\"\n  }";

export const AVATAR_CREATOR_EVERYTHING = "{\n    \"name\": \"Complete Professional Avatar\",\n    \"prompt\": \"smiling confidently in modern office\",\n    \"width\": 1024,\n    \"height\": 1024,\n    \"seed\": 12345,\n    \"personaName\": \"David Chen\",\n    \"personaAge\": 38,\n    \"personaPersonality\": [\"professional\", \"charismatic\", \"innovative\"],\n    \"personaBackground\": \"Tech startup founder and CEO\",\n    \"gender\": \"male\",\n    \"ageRange\": \"adult\",\n    \"ethnicity\": \"east-asian\",\n    \"bodyType\": \"athletic\",\n    \"hairStyle\": \"short modern\",\n    \"hairColor\": \"black\",\n    \"eyeColor\": \"dark brown\",\n    \"skinTone\": \"medium\",\n    \"style\": \"business-casual\"\n  }";

export const SEED_WORKFLOW_CREATE_PERSONA = "{\n    \"name\": \"AI Influencer Sarah\",\n    \"appearance\": \"Professional woman in her 30s\",\n    \"personality\": \"Confident tech expert\",\n    \"base_appearance_description\": \"Professional woman in her early 30s, shoulder-length dark hair, warm smile, modern business casual attire\"\n  }";

export const SEED_WORKFLOW_CREATE_EMMA = "{\n    \"name\": \"AI Model Emma\",\n    \"base_appearance_description\": \"Athletic woman in her mid-20s, long blonde hair, bright blue eyes, confident expression, wearing fashionable streetwear\"\n  }";
