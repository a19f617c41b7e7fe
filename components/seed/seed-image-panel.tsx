"use client";

import { useEffect, useState } from "react";
import { approveSeedImageAction } from "@/lib/actions/seed/approve-seed-image";
import { generateSeedImagesAction } from "@/lib/actions/seed/generate-seed-images";
import { rejectSeedImageAction } from "@/lib/actions/seed/reject-seed-image";
import { requestVariationsAction } from "@/lib/actions/seed/request-variations";
import { unlockAppearanceAction } from "@/lib/actions/seed/unlock-appearance";
import { uploadSeedImageAction } from "@/lib/actions/seed/upload-seed-image";
import { ImageFileField } from "@/components/avatars/image-file-field";
import { QualityReportView } from "@/components/faces/quality-report-view";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import { allowedSeedActions, seedStateOf } from "@/lib/avatars/seed-image-rules";
import { ActionForm } from "./action-form";

interface ProviderOption {
  name: string;
  label: string;
  available: boolean;
  reason?: string;
}

function ProviderSelect({ providers }: { providers: ProviderOption[] }) {
  return (
    <SelectField
      label="Provider"
      name="provider"
      options={providers.map((p) => ({ value: p.name, label: p.available ? p.label : `${p.label} (${p.reason})` }))}
      defaultValue="local"
    />
  );
}

/** Seed-image workflow: get a draft (upload, generate, refine, candidates), then approve or reject it. */
export function SeedImagePanel({ avatar, providers }: { avatar: AvatarView; providers: ProviderOption[] }) {
  const [dialog, setDialog] = useState<null | "generate" | "refine" | "upload" | "reject">(null);
  const where = { avatarId: avatar.id, projectId: avatar.projectId };
  const close = () => setDialog(null);
  const status = avatar.baseImageStatus;
  const busy = avatar.status === "generating";
  const allowed = allowedSeedActions(seedStateOf(avatar));
  return (
    <Card className="space-y-4 p-5" data-testid="seed-panel">
      <div>
        <h2 className="text-sm font-semibold text-zinc-900">Seed image</h2>
        <p className="mt-1 text-sm text-zinc-600">
          {status === "pending_upload" && "This persona has no base image yet. Upload one or generate it from the persona's description."}
          {status === "draft" && "Review the draft. Approve it to lock this persona's look, or refine it until it is right."}
          {status === "rejected" && (
            <>
              Rejected{avatar.rejectionReason ? `: “${avatar.rejectionReason}”` : ""}. Refine it, generate new candidates or upload a replacement.
            </>
          )}
          {status === "approved" && "Approved: the look is locked. Variations and training images are made from this seed."}
        </p>
      </div>
      {avatar.baseImage?.quality && <QualityReportView quality={avatar.baseImage.quality} />}
      <div className="flex flex-wrap gap-2">
        {allowed.approve && avatar.baseImage?.quality?.verdict === "poor" && (
          <ConfirmActionButton
            action={approveSeedImageAction}
            fields={where}
            label="Approve"
            variant="primary"
            title="Approve a poor-quality image?"
            message={
              <>
                The face check found problems: {avatar.baseImage.quality.messages.join("; ")}. Every variation and training image is made
                from this seed, and identity scores are measured against it.
              </>
            }
            confirmLabel="Approve anyway"
          />
        )}
        {allowed.approve && avatar.baseImage?.quality?.verdict !== "poor" && (
          <ActionForm action={approveSeedImageAction} fields={where}>
            <SubmitButton pendingText="Approving…">Approve</SubmitButton>
          </ActionForm>
        )}
        {allowed.reject && (
          <Button variant="secondary" onClick={() => setDialog("reject")}>
            Reject
          </Button>
        )}
        {allowed.refine && (
          <Button variant="secondary" onClick={() => setDialog("refine")} disabled={busy}>
            Refine
          </Button>
        )}
        {allowed.replaceBase && (
          <>
            <Button variant="secondary" onClick={() => setDialog("generate")} disabled={busy}>
              {avatar.baseImage ? "New candidates" : "Generate"}
            </Button>
            <Button variant="secondary" onClick={() => setDialog("upload")}>
              Upload
            </Button>
          </>
        )}
        {allowed.useApprovedBase && (
          <ActionForm action={requestVariationsAction} fields={where}>
            <SubmitButton pendingText="Queuing…" className={busy ? "opacity-50" : ""}>
              Generate 4 variations
            </SubmitButton>
          </ActionForm>
        )}
        {allowed.unlock && (
          <ActionForm action={unlockAppearanceAction} fields={where}>
            <SubmitButton variant="ghost" pendingText="Unlocking…">
              Unlock appearance
            </SubmitButton>
          </ActionForm>
        )}
      </div>

      <Dialog open={dialog === "generate"} onClose={close} title="Generate seed-image candidates">
        <ActionForm action={generateSeedImagesAction} fields={where} className="space-y-4">
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">Made from the persona&apos;s appearance description, persona and look. Pick the best one afterwards.</p>
              <FormError message={state.error} />
              <SelectField label="Candidates" name="candidates" options={["1", "2", "3", "4"]} defaultValue="3" errors={state.fieldErrors?.candidates} />
              <ProviderSelect providers={providers} />
              {state.ok ? <CloseOnSuccess onDone={close} /> : null}
              <div className="flex justify-end">
                <SubmitButton pendingText="Queuing…">Generate</SubmitButton>
              </div>
            </>
          )}
        </ActionForm>
      </Dialog>

      <Dialog open={dialog === "refine"} onClose={close} title="Refine the current draft">
        <ActionForm action={generateSeedImagesAction} fields={{ ...where, referenceImageId: avatar.baseImage?.id ?? "", candidates: "1" }} className="space-y-4">
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">Generates a new version using the current image as the reference (image-to-image); it becomes the new draft.</p>
              <FormError message={state.error} />
              <ProviderSelect providers={providers} />
              {state.ok ? <CloseOnSuccess onDone={close} /> : null}
              <div className="flex justify-end">
                <SubmitButton pendingText="Queuing…">Refine</SubmitButton>
              </div>
            </>
          )}
        </ActionForm>
      </Dialog>

      <Dialog open={dialog === "upload"} onClose={close} title="Upload a base image">
        <ActionForm action={uploadSeedImageAction} fields={where} className="space-y-4">
          {(state) => (
            <>
              <ImageFileField errors={state.error ? [state.error] : undefined} />
              {state.ok ? <CloseOnSuccess onDone={close} /> : null}
              <div className="flex justify-end">
                <SubmitButton pendingText="Uploading…">Upload</SubmitButton>
              </div>
            </>
          )}
        </ActionForm>
      </Dialog>

      <Dialog open={dialog === "reject"} onClose={close} title="Reject this draft">
        <ActionForm action={rejectSeedImageAction} fields={where} className="space-y-4">
          {(state) => (
            <>
              <FormError message={state.error} />
              <TextAreaField label="Reason" name="reason" maxLength={500} hint="Optional: what should change" errors={state.fieldErrors?.reason} />
              {state.ok ? <CloseOnSuccess onDone={close} /> : null}
              <div className="flex justify-end">
                <SubmitButton variant="danger" pendingText="Rejecting…">
                  Reject draft
                </SubmitButton>
              </div>
            </>
          )}
        </ActionForm>
      </Dialog>
    </Card>
  );
}

function CloseOnSuccess({ onDone }: { onDone: () => void }) {
  useEffect(() => onDone(), [onDone]);
  return null;
}
