/** One prompt of a project's library: a built-in default (no id, read-only) or the project's own. */
export type TrainingPromptView =
  | { id: null; text: string; source: "default"; createdAt: null }
  | { id: string; text: string; source: "project"; createdAt: Date };

export const trainingPromptSelect = { id: true, text: true, createdAt: true } as const;

export function toProjectPromptView(row: { id: string; text: string; createdAt: Date }): TrainingPromptView {
  return { id: row.id, text: row.text, source: "project", createdAt: row.createdAt };
}
