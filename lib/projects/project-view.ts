/** The public shape of a project, used by pages and REST alike. */
export const projectSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  identityThreshold: true,
  _count: { select: { avatars: true, batches: true } },
} as const;

export function toProjectView(row: {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
  identityThreshold: number;
  _count: { avatars: number; batches: number };
}) {
  const { _count, identityThreshold, ...rest } = row;
  return { ...rest, avatarCount: _count.avatars, batchCount: _count.batches, settings: { identityThreshold } };
}

export type ProjectView = ReturnType<typeof toProjectView>;
