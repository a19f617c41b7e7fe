import Link from "next/link";

/** "3 personas wait in review", linking to the project's review queue; nothing when none waits. */
export function BatchReviewNotice({ projectId, count, compact = false }: { projectId: string; count: number; compact?: boolean }) {
  if (count <= 0) return null;
  const text = `${count} persona${count === 1 ? "" : "s"} wait${count === 1 ? "s" : ""} in review`;
  return (
    <p className={compact ? "text-xs text-amber-800" : "text-sm text-amber-800"} data-testid="batch-review-notice">
      <Link href={`/projects/${projectId}/review`} className="font-medium underline hover:text-amber-900">
        {text}
      </Link>
      {compact ? null : ": their base images did not pass this batch's auto-approval. Approve one and its 4 variations are made."}
    </p>
  );
}
