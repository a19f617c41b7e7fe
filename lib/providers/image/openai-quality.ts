/** The `quality` values an OpenAI image model takes (none for models without the parameter). */
export function openAIQualities(model: string): string[] {
  if (model.startsWith("gpt-image")) return ["low", "medium", "high"];
  if (model.startsWith("dall-e-3")) return ["standard", "hd"];
  return [];
}
