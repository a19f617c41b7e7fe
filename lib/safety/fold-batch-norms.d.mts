import type * as tf from "@tensorflow/tfjs";

/** Keras model artifacts as tf.io.fromMemory takes them. */
export interface KerasArtifacts {
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
}

/** lib/safety/fold-batch-norms.mjs: the model with its batch norms folded into the convolutions before them (float32 weights). */
export function foldBatchNorms(artifacts: KerasArtifacts, tfjs: Pick<typeof tf, "io">): KerasArtifacts & { folded: number };
