import { z } from "zod";

/*
 * Where each file of a training-set download goes, per format (pure; export-training-set.ts streams it):
 * - zip:        images/<manifest filename> and manifest.json (the manifest, with signed links);
 * - kohya:      <repeats>_<trigger>/NNN.<ext> with NNN.txt captions "<trigger>, <scene>" (kohya sd-scripts' DreamBooth layout);
 * - ai-toolkit: dataset/NNN.<ext> with NNN.txt captions and a config.yaml naming the trigger word (ostris/ai-toolkit).
 */

export const TRAINING_EXPORT_FORMATS = ["zip", "kohya", "ai-toolkit"] as const;
export type TrainingExportFormat = (typeof TRAINING_EXPORT_FORMATS)[number];

export const DEFAULT_KOHYA_REPEATS = 10;

export const trainingExportQuerySchema = z.strictObject({
  format: z.enum(TRAINING_EXPORT_FORMATS, { error: `format must be one of: ${TRAINING_EXPORT_FORMATS.join(", ")}` }).default("zip"),
  repeats: z.coerce
    .number({ error: "repeats must be a number" })
    .int("repeats must be a whole number")
    .min(1, "repeats must be between 1 and 100")
    .max(100, "repeats must be between 1 and 100")
    .default(DEFAULT_KOHYA_REPEATS),
});

export interface TrainingExportImage {
  imageId: string;
  /** The manifest's file name, e.g. "ava-stone-03.png". */
  filename: string;
  mimeType: string;
  /** The scene the image was made for (its training prompt). */
  scene: string;
}

export type PlannedFile = { path: string; image: TrainingExportImage } | { path: string; text: string };

export interface TrainingExportPlan {
  avatarSlug: string;
  triggerWord: string;
  images: readonly TrainingExportImage[];
  /** The manifest document that travels in the plain ZIP. */
  manifestJson: string;
  repeats?: number;
}

const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/** "<trigger>, <scene>" on one line. */
export function trainingCaption(triggerWord: string, scene: string) {
  const text = scene.replace(/\s+/g, " ").trim().replace(/[\s,.;]+$/, "");
  return text ? `${triggerWord}, ${text}` : triggerWord;
}

/** A config for ai-toolkit's FLUX LoRA trainer, with the dataset folder beside it. */
export function aiToolkitConfig(name: string, triggerWord: string) {
  return `# ai-toolkit (https://github.com/ostris/ai-toolkit) LoRA config for "${name}".
# Unzip, then run from this folder: python run.py config.yaml (or set folder_path to an absolute path).
job: extension
config:
  name: "${name}_lora"
  process:
    - type: sd_trainer
      training_folder: output
      device: cuda:0
      trigger_word: "${triggerWord}"
      network:
        type: lora
        linear: 16
        linear_alpha: 16
      save:
        dtype: float16
        save_every: 250
        max_step_saves_to_keep: 4
      datasets:
        - folder_path: dataset
          caption_ext: txt
          caption_dropout_rate: 0.05
          shuffle_tokens: false
          cache_latents_to_disk: true
          resolution: [512, 768, 1024]
      train:
        batch_size: 1
        steps: 2000
        gradient_accumulation_steps: 1
        train_unet: true
        train_text_encoder: false
        gradient_checkpointing: true
        noise_scheduler: flowmatch
        optimizer: adamw8bit
        lr: 1e-4
      model:
        name_or_path: black-forest-labs/FLUX.1-dev
        is_flux: true
        quantize: true
      sample:
        sampler: flowmatch
        sample_every: 250
        width: 1024
        height: 1024
        prompts:
          - "${triggerWord}, portrait photo, natural light"
        seed: 42
        guidance_scale: 4
        sample_steps: 20
meta:
  name: "${name}"
  version: "1.0"
`;
}

/** Numbered images with caption files beside them, in `folder`. */
function numbered(plan: TrainingExportPlan, folder: string): PlannedFile[] {
  const width = Math.max(3, String(plan.images.length).length);
  return plan.images.flatMap((image, index) => {
    const stem = `${folder}/${String(index + 1).padStart(width, "0")}`;
    return [
      { path: `${stem}.${EXTENSIONS[image.mimeType] ?? "png"}`, image },
      { path: `${stem}.txt`, text: `${trainingCaption(plan.triggerWord, image.scene)}\n` },
    ];
  });
}

export function planTrainingExport(format: TrainingExportFormat, plan: TrainingExportPlan): PlannedFile[] {
  if (format === "kohya") return numbered(plan, `${plan.repeats ?? DEFAULT_KOHYA_REPEATS}_${plan.triggerWord}`);
  if (format === "ai-toolkit") return [...numbered(plan, "dataset"), { path: "config.yaml", text: aiToolkitConfig(plan.avatarSlug, plan.triggerWord) }];
  return [...plan.images.map((image) => ({ path: `images/${image.filename}`, image })), { path: "manifest.json", text: plan.manifestJson }];
}
