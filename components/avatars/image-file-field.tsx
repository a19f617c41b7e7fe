"use client";

import { useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { ALLOWED_UPLOAD_TYPES, UPLOAD_HINT, UPLOAD_MESSAGES, uploadSelectionProblem } from "@/lib/images/upload-limits";

/**
 * A file input that previews the chosen image and refuses, at once and in the server's words, a file
 * of the wrong type or size or one the browser cannot draw. A refused file is taken out of the input
 * and its preview cleared; so is the preview when the form is reset (React resets it after its action).
 */
export function ImageFileField({ errors, name = "file", label = "Image" }: { errors?: string[]; name?: string; label?: string }) {
  const [preview, setPreview] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The file being checked: a slower check of an earlier choice must not show its preview. */
  const picked = useRef<string | null>(null);

  useEffect(() => {
    const form = inputRef.current?.form;
    if (!form) return;
    // After the action the server's message (if any) is the one to show.
    const clear = () => {
      picked.current = null;
      setPreview(null);
      setProblem(null);
    };
    form.addEventListener("reset", clear);
    return () => form.removeEventListener("reset", clear);
  }, []);
  useEffect(() => (preview ? () => URL.revokeObjectURL(preview) : undefined), [preview]);

  const refuse = (message: string) => {
    picked.current = null;
    setProblem(message);
    setPreview(null);
    if (inputRef.current) inputRef.current.value = "";
  };

  return (
    <Field label={label} name={name} errors={problem ? [problem] : errors} hint={UPLOAD_HINT}>
      {(props) => (
        <div className="space-y-3">
          <input
            {...props}
            ref={inputRef}
            type="file"
            accept={ALLOWED_UPLOAD_TYPES.join(",")}
            required
            className="block w-full min-w-0 text-sm text-zinc-700 file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-brand-700 hover:file:bg-brand-100"
            onChange={(event) => {
              const file = event.target.files?.[0];
              picked.current = null;
              setProblem(null);
              setPreview(null);
              if (!file) return;
              const refused = uploadSelectionProblem(file);
              if (refused) return refuse(refused);
              // Shown only once the browser has drawn it: a damaged file never shows a broken image.
              const url = URL.createObjectURL(file);
              const chosen = (picked.current = url);
              const probe = new Image();
              probe.onload = () => (picked.current === chosen ? setPreview(url) : URL.revokeObjectURL(url));
              probe.onerror = () => {
                URL.revokeObjectURL(url);
                if (picked.current === chosen) refuse(UPLOAD_MESSAGES.unreadable);
              };
              probe.src = url;
            }}
          />
          {preview && (
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={preview}
              alt="Selected image preview"
              className="h-40 w-40 rounded-lg object-cover ring-1 ring-zinc-200"
            />
          )}
        </div>
      )}
    </Field>
  );
}
