import type { AutoApprove } from "./project-schemas";

/** The public shape of a project, used by pages and REST alike. */
export const projectSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  identityThreshold: true,
  maxIdentityRetries: true,
  autoApprove: true,
  allowExplicit: true,
  _count: { select: { avatars: true, batches: true } },
} as const;

export function toProjectView(row: {
  id: string;
  name: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date;
  identityThreshold: number;
  maxIdentityRetries: number;
  autoApprove: string;
  allowExplicit: boolean;
  _count: { avatars: number; batches: number };
}) {
  const { _count, identityThreshold, maxIdentityRetries, autoApprove, allowExplicit, ...rest } = row;
  const settings = { identityThreshold, maxIdentityRetries, autoApprove: autoApprove as AutoApprove, allowExplicit };
  return { ...rest, avatarCount: _count.avatars, batchCount: _count.batches, settings };
}

export type ProjectView = ReturnType<typeof toProjectView>;
