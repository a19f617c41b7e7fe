"use client";

import { useActionState, useState } from "react";
import { runBulkActionAction } from "@/lib/actions/avatars/run-bulk-action";
import type { ActionState } from "@/lib/auth/validated-action";
import type { AvatarFilter } from "@/lib/avatars/avatar-list-query";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import type { BulkAction } from "@/lib/avatars/bulk/bulk-schemas";
import { AvatarCard } from "@/components/avatars/avatar-card";
import { Button, buttonClass } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { BULK_ACTION_LABELS, BulkResultPanel, type BulkPanelResult } from "./bulk-result-panel";
import { useRangeSelection } from "./use-range-selection";

const QUEUED_ACTIONS: BulkAction[] = ["generate-base", "approve", "variations", "training-set"];

type Props = { projectId: string; avatars: AvatarView[]; total: number; filter: AvatarFilter; missingBase: number };

/**
 * The avatar grid with selection (checkboxes, shift-click for a range, "select all N matching") and
 * the bulk bar; the result panel lists what each persona got.
 */
export function AvatarGrid({ projectId, avatars, total, filter, missingBase }: Props) {
  const ids = avatars.map((avatar) => avatar.id);
  const selection = useRangeSelection(ids);
  const [allMatching, setAllMatching] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [panel, setPanel] = useState<BulkPanelResult | null>(null);
  const [state, formAction] = useActionState(async (previous: ActionState<BulkPanelResult>, formData: FormData) => {
    const next = await runBulkActionAction(previous, formData);
    if (next.result) {
      setPanel(next.result);
      selection.clear();
      setAllMatching(false);
      setConfirmDelete(false);
    }
    return next;
  }, {});

  const count = allMatching ? total : selection.selected.size;
  const targetFields = (
    <>
      <input type="hidden" name="projectId" value={projectId} />
      {allMatching ? (
        <>
          <input type="hidden" name="allMatching" value="1" />
          {filter.q && <input type="hidden" name="q" value={filter.q} />}
          {filter.status && <input type="hidden" name="status" value={filter.status} />}
          {filter.batchId && <input type="hidden" name="batchId" value={filter.batchId} />}
        </>
      ) : (
        <input type="hidden" name="avatarIds" value={JSON.stringify([...selection.selected])} />
      )}
    </>
  );

  return (
    <div>
      {missingBase > 0 && (
        <form action={formAction} className="mb-4">
          <input type="hidden" name="projectId" value={projectId} />
          <input type="hidden" name="avatarIds" value={JSON.stringify("all-missing-base")} />
          <SubmitButton variant="secondary" pendingText="Queuing…">
            <span>
              Generate base images for every persona without one <span className="text-zinc-500">({missingBase})</span>
            </span>
          </SubmitButton>
          <input type="hidden" name="action" value="generate-base" />
        </form>
      )}
      {panel && <BulkResultPanel result={panel} onClose={() => setPanel(null)} />}
      {!confirmDelete && <FormError message={state.error} />}
      {count > 0 && (
        <form action={formAction} aria-label="Bulk actions" className="sticky top-0 z-10 mb-4 flex flex-wrap items-center gap-2 rounded-xl border border-brand-200 bg-brand-50 p-3 shadow-sm">
          {targetFields}
          <span className="text-sm font-medium text-zinc-900" role="status">
            {count} selected
          </span>
          {!allMatching && total > selection.selected.size && (
            <button type="button" className="text-sm font-medium text-brand-700 underline" onClick={() => setAllMatching(true)}>
              Select all {total} matching
            </button>
          )}
          <button type="button" className="text-sm text-zinc-600 underline" onClick={() => (selection.clear(), setAllMatching(false))}>
            Clear
          </button>
          <span className="hidden flex-1 sm:block" />
          {QUEUED_ACTIONS.map((action) => (
            <button key={action} type="submit" name="action" value={action} className={buttonClass("secondary", "px-2.5 py-1.5")}>
              {BULK_ACTION_LABELS[action]}
            </button>
          ))}
          <a href={exportUrl(projectId, allMatching, filter, selection.selected)} download className={buttonClass("secondary", "px-2.5 py-1.5")}>
            Export ZIP
          </a>
          <Button type="button" variant="danger" className="px-2.5 py-1.5" onClick={() => setConfirmDelete(true)}>
            Delete
          </Button>
        </form>
      )}
      <Dialog open={confirmDelete} onClose={() => setConfirmDelete(false)} title={`Delete ${count} ${count === 1 ? "persona" : "personas"}?`}>
        <form action={formAction} className="space-y-4">
          {targetFields}
          <input type="hidden" name="action" value="delete" />
          <p className="text-sm text-zinc-600">Their images, history and files are deleted too. This cannot be undone.</p>
          <FormError message={state.error} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setConfirmDelete(false)} autoFocus>
              Cancel
            </Button>
            <SubmitButton variant="danger" pendingText="Deleting…">
              Delete {count}
            </SubmitButton>
          </div>
        </form>
      </Dialog>
      <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6" aria-label="Avatars">
        {avatars.map((avatar, index) => {
          const checked = allMatching || selection.selected.has(avatar.id);
          return (
            <li key={avatar.id} className="relative">
              <AvatarCard avatar={avatar} />
              <input
                type="checkbox"
                aria-label={`Select ${avatar.name}`}
                checked={checked}
                disabled={allMatching}
                onChange={() => undefined}
                onClick={(event) => selection.toggle(index, event.shiftKey)}
                className="absolute top-2 left-2 size-5 cursor-pointer rounded border-zinc-300 accent-brand-600 shadow"
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function exportUrl(projectId: string, allMatching: boolean, filter: AvatarFilter, selected: ReadonlySet<string>) {
  const params = new URLSearchParams();
  if (allMatching) {
    for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  } else params.set("ids", [...selected].join(","));
  return `/api/v1/projects/${projectId}/avatars/export?${params}`;
}
