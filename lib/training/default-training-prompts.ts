/**
 * The scenes every project starts with. Varied backgrounds, light, framing and activity, so a model
 * trained on the set learns the face rather than one backdrop. A project adds its own on top.
 */
export const DEFAULT_TRAINING_PROMPTS = [
  "close-up headshot against a plain light wall",
  "walking in a city street at dusk",
  "sitting in a cozy café by the window, reading",
  "outdoors in a green park, soft afternoon light",
  "working on a laptop in a bright modern office",
  "full-body shot standing on a beach at golden hour",
  "relaxing on a sofa at home, warm indoor lighting",
  "profile view against a dark studio backdrop",
  "laughing with friends at a dinner table, candid",
  "hiking on a mountain trail, overcast sky",
  "cooking in a home kitchen, natural window light",
  "black-and-white portrait, dramatic side lighting",
] as const;
