"use client";

import { useEffect, useState } from "react";
import { approveSeedImageAction } from "@/lib/actions/seed/approve-seed-image";
import { generateSeedImagesAction } from "@/lib/actions/seed/generate-seed-images";
import { rejectSeedImageAction } from "@/lib/actions/seed/reject-seed-image";
import { requestVariationsAction } from "@/lib/actions/seed/request-variations";
import { estimateVariationsAction } from "@/lib/actions/seed/estimate-variations";
import { CostEstimate } from "@/components/usage/cost-estimate";
import { unlockAppearanceAction } from "@/lib/actions/seed/unlock-appearance";
import { uploadSeedImageAction } from "@/lib/actions/seed/upload-seed-image";
import { ImageFileField } from "@/components/avatars/image-file-field";
import { QualityReportView } from "@/components/faces/quality-report-view";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import type { AvatarView } from "@/lib/avatars/avatar-view";
import { REFINE_DEFAULT_STRENGTH } from "@/lib/avatars/seed-image-schemas";
import { allowedSeedActions, seedStateOf } from "@/lib/avatars/seed-image-rules";
import { ProviderSelect, providerRefusal, usableProvider, type ProviderChoice } from "@/components/providers/provider-select";
import { ActionForm } from "./action-form";

/** Variations of the approved base: which provider, and one call each or one 2×2 grid cut into four. */
function VariationsForm({ providers, where, busy }: { providers: ProviderChoice[]; where: Record<string, string>; busy: boolean }) {
  const [mode, setMode] = useState<"separate" | "grid">("separate");
  const needs = mode === "grid" ? (["reference", "grid"] as const) : (["reference"] as const);
  const [provider, setProvider] = useState<string>(() => usableProvider(providers, undefined, [...needs]));
  const chosenCanDoIt = providers.some((p) => p.name === provider && !providerRefusal(p, [...needs]));
  const changeMode = (next: "separate" | "grid") => {
    setMode(next);
    if (!providers.some((p) => p.name === provider && !providerRefusal(p, next === "grid" ? ["reference", "grid"] : ["reference"]))) {
      setProvider(usableProvider(providers, provider, next === "grid" ? ["reference", "grid"] : ["reference"]));
    }
  };
  return (
    <ActionForm action={requestVariationsAction} fields={where} className="flex w-full flex-wrap items-end gap-2">
      <div className="w-full">
        <ProviderSelect providers={providers} needs={[...needs]} value={chosenCanDoIt ? provider : ""} onChange={setProvider} />
      </div>
      <div className="w-full">
        <SelectField
          label="Variations"
          name="mode"
          value={mode}
          onChange={(event) => changeMode(event.target.value as "separate" | "grid")}
          options={[
            { value: "separate", label: "4 separate images" },
            { value: "grid", label: "One 2×2 grid (¼ of the calls)" },
          ]}
        />
      </div>
      <SubmitButton pendingText="Queuing…" className={busy ? "opacity-50" : ""}>
        Generate 4 variations
      </SubmitButton>
      <CostEstimate action={estimateVariationsAction} compact watch={`${provider}|${mode}`} />
    </ActionForm>
  );
}

/** Seed-image workflow: get a draft (upload, generate, refine, candidates), then approve or reject it. */
export function SeedImagePanel({ avatar, providers }: { avatar: AvatarView; providers: ProviderChoice[] }) {
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
        {allowed.approve && (
          <ConfirmActionButton
            action={approveSeedImageAction}
            fields={where}
            label="Approve"
            variant="primary"
            pendingText="Approving…"
            {...(avatar.baseImage?.quality?.verdict === "poor"
              ? {
                  title: "Approve a poor-quality image?",
                  message: (
                    <>
                      The face check found problems: {avatar.baseImage.quality.messages.join("; ")}. Every variation and training image is made
                      from this seed, and identity scores are measured against it.
                    </>
                  ),
                  confirmLabel: "Approve anyway",
                }
              : {
                  tone: "neutral" as const,
                  title: "Approve this seed image?",
                  message:
                    "Approving locks this persona's look: variations, training images and batches are made from this image. Replacing it later needs a deliberate unlock.",
                  confirmLabel: "Approve and lock",
                })}
          />
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
        {allowed.useApprovedBase && <VariationsForm providers={providers} where={where} busy={busy} />}
        {allowed.unlock && (
          <ConfirmActionButton
            action={unlockAppearanceAction}
            fields={where}
            label="Unlock appearance"
            variant="ghost"
            tone="neutral"
            title="Unlock this persona's appearance?"
            message="The seed image goes back to draft, so it can be refined or replaced. Variations and training images already made are kept; approve again to lock the look."
            confirmLabel="Unlock"
            pendingText="Unlocking…"
          />
        )}
      </div>

      <Dialog open={dialog === "generate"} onClose={close} title="Generate seed-image candidates">
        <ActionForm action={generateSeedImagesAction} fields={where} className="space-y-4">
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">Made from the persona&apos;s appearance description, persona and look. Pick the best one afterwards.</p>
              <FormError message={state.error} />
              <SelectField label="Candidates" name="candidates" options={["1", "2", "3", "4"]} defaultValue={state.values?.candidates ?? "3"} errors={state.fieldErrors?.candidates} />
              <ProviderSelect providers={providers} defaultValue={state.values?.provider} errors={state.fieldErrors?.provider} />
              {state.ok ? <CloseOnSuccess onDone={close} /> : null}
              <div className="flex justify-end">
                <SubmitButton pendingText="Queuing…">Generate</SubmitButton>
              </div>
            </>
          )}
        </ActionForm>
      </Dialog>

      <Dialog open={dialog === "refine"} onClose={close} title="Refine the current draft">
        <ActionForm action={generateSeedImagesAction} fields={{ ...where, mode: "refine", referenceImageId: avatar.baseImage?.id ?? "", candidates: "1" }} className="space-y-4" noValidate>
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">
                Makes a new version from the current image (image-to-image) with the persona&apos;s own prompt and your instruction; it becomes the new draft.
              </p>
              <FormError message={state.error} />
              <TextAreaField
                label="Instruction"
                name="instruction"
                maxLength={500}
                rows={2}
                placeholder="Make the smile more confident"
                hint="What should change"
                defaultValue={state.values?.instruction ?? (status === "rejected" ? (avatar.rejectionReason ?? "") : "")}
                errors={state.fieldErrors?.instruction}
              />
              <TextField
                label="Strength"
                name="strength"
                type="number"
                min={0}
                max={1}
                step={0.05}
                inputMode="decimal"
                defaultValue={state.values?.strength ?? String(REFINE_DEFAULT_STRENGTH)}
                hint="0 keeps the draft as it is, 1 lets the model change the most"
                errors={state.fieldErrors?.strength}
              />
              <ProviderSelect providers={providers} needs={["reference"]} defaultValue={state.values?.provider} errors={state.fieldErrors?.provider} />
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
