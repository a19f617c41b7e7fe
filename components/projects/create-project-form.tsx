"use client";

import { useActionState } from "react";
import { createProjectAction } from "@/lib/actions/projects/create-project";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateProjectForm({ autoFocus = false }: { autoFocus?: boolean }) {
  const [state, action] = useActionState(createProjectAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError message={state.error} />
      <TextField
        label="Project name"
        name="name"
        required
        maxLength={100}
        autoFocus={autoFocus}
        placeholder="Spring campaign"
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
      <TextAreaField
        label="Description"
        name="description"
        maxLength={2000}
        hint="Optional. Up to 2,000 characters."
        defaultValue={state.values?.description}
        errors={state.fieldErrors?.description}
      />
      <div className="flex justify-end">
        <SubmitButton pendingText="Creating…">Create project</SubmitButton>
      </div>
    </form>
  );
}
