"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";

const ALLOWED = ["image/png", "image/jpeg", "image/webp"];
const MAX_BYTES = 10 * 1024 * 1024;

/** A file input that previews the image and says at once when the type or size will be refused. */
export function ImageFileField({ errors, name = "file", label = "Image" }: { errors?: string[]; name?: string; label?: string }) {
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Field label={label} name={name} errors={problem ? [problem] : errors} hint="PNG, JPEG or WebP, up to 10 MB">
      {(props) => (
        <div className="space-y-3">
          <input
            {...props}
            type="file"
            accept={ALLOWED.join(",")}
            required
            className="block w-full text-sm text-zinc-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700 hover:file:bg-brand-100"
            onChange={(event) => {
              const file = event.target.files?.[0];
              setProblem(null);
              setPreview(null);
              if (!file) return;
              if (file.type && !ALLOWED.includes(file.type)) setProblem(`Invalid file type. Allowed: ${ALLOWED.join(", ")}`);
              else if (file.size > MAX_BYTES) setProblem("File too large. Maximum size is 10MB");
              else setPreview(URL.createObjectURL(file));
            }}
          />
          {preview && (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={preview} alt="Selected image preview" className="h-40 w-40 rounded-lg object-cover ring-1 ring-zinc-200" />
          )}
        </div>
      )}
    </Field>
  );
}
