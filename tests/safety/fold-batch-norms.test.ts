import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { foldBatchNorms, type KerasArtifacts } from "@/lib/safety/fold-batch-norms.mjs";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

/** A model's artifacts, as the classifier gets them from nsfwjs's files. */
async function artifactsOf(model: tf.LayersModel): Promise<KerasArtifacts> {
  let saved: KerasArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved = { modelTopology: artifacts.modelTopology as object, weightSpecs: artifacts.weightSpecs!, weightData: artifacts.weightData as ArrayBuffer };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  return saved!;
}

/** Batch norms with statistics far from the identity, so a wrong fold shows in the output. */
function randomiseBatchNorms(model: tf.LayersModel) {
  for (const layer of model.layers) {
    if (layer.getClassName() !== "BatchNormalization") continue;
    // gamma, beta, moving mean, moving variance (positive); fewer when scale or center is off.
    layer.setWeights(
      layer.weights.map(({ originalName, shape: [channels] }) => {
        const shape = [channels ?? 1];
        return originalName.endsWith("variance") ? tf.randomUniform(shape, 0.2, 3) : tf.randomNormal(shape, originalName.endsWith("gamma") ? 1 : 0, 0.8);
      }),
    );
  }
}

function convNet(activation: "linear" | "relu" = "linear") {
  const input = tf.input({ shape: [9, 9, 3] });
  let x = tf.layers.conv2d({ filters: 5, kernelSize: 3, useBias: false, padding: "same", activation }).apply(input) as tf.SymbolicTensor;
  x = tf.layers.batchNormalization({ epsilon: 0.001 }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.reLU({ maxValue: 6 }).apply(x) as tf.SymbolicTensor;
  const branch = tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2, useBias: true, padding: "same" }).apply(x) as tf.SymbolicTensor;
  const normed = tf.layers.batchNormalization({ scale: false, epsilon: 0.01 }).apply(branch) as tf.SymbolicTensor;
  const widened = tf.layers.conv2d({ filters: 10, kernelSize: 1 }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.add().apply([normed, widened]) as tf.SymbolicTensor;
  x = tf.layers.flatten().apply(x) as tf.SymbolicTensor;
  const output = tf.layers.dense({ units: 4, activation: "softmax" }).apply(x) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: output });
  randomiseBatchNorms(model);
  return model;
}

const classNames = (model: tf.LayersModel) => model.layers.map((layer) => layer.getClassName());

describe("foldBatchNorms", () => {
  it("folds each batch norm into its convolution and the model computes the same", async () => {
    const model = convNet();
    const folded = foldBatchNorms(await artifactsOf(model), tf);
    expect(folded.folded).toBe(2);
    const loaded = await tf.loadLayersModel(tf.io.fromMemory(folded));
    expect(classNames(loaded)).not.toContain("BatchNormalization");
    expect(classNames(loaded).filter((name) => name === "Conv2D" || name === "DepthwiseConv2D")).toHaveLength(3);
    const input = tf.randomUniform([3, 9, 9, 3], 0, 1);
    const before = (model.predict(input) as tf.Tensor).arraySync() as number[][];
    const after = (loaded.predict(input) as tf.Tensor).arraySync() as number[][];
    for (const [row, values] of before.entries()) for (const [col, value] of values.entries()) expect(after[row][col]).toBeCloseTo(value, 5);
    // The weights are plain float32 and every one of them is used.
    expect(folded.weightSpecs.every((spec) => spec.dtype === "float32")).toBe(true);
    expect(folded.weightSpecs.map((spec) => spec.name).sort()).toEqual(loaded.weights.map((weight) => weight.originalName).sort());
  });

  it("leaves a batch norm after a convolution with an activation as it is", async () => {
    const model = convNet("relu");
    const folded = foldBatchNorms(await artifactsOf(model), tf);
    expect(folded.folded).toBe(1);
    const loaded = await tf.loadLayersModel(tf.io.fromMemory(folded));
    expect(classNames(loaded).filter((name) => name === "BatchNormalization")).toHaveLength(1);
    const input = tf.randomUniform([2, 9, 9, 3], 0, 1);
    const before = (model.predict(input) as tf.Tensor).dataSync();
    const after = (loaded.predict(input) as tf.Tensor).dataSync();
    for (const [index, value] of before.entries()) expect(after[index]).toBeCloseTo(value, 5);
  });

  it("reads quantized weights (as nsfwjs ships them)", async () => {
    const model = convNet();
    const artifacts = await artifactsOf(model);
    // Each weight as uint8 with its own range, the way the converter's --quantize_uint8 writes it.
    const specs: KerasArtifacts["weightSpecs"] = [];
    const chunks: Uint8Array[] = [];
    const decoded = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
    for (const spec of artifacts.weightSpecs) {
      const values = decoded[spec.name].dataSync();
      const min = Math.min(...values);
      const scale = (Math.max(...values) - min) / 255 || 1;
      chunks.push(Uint8Array.from(values, (value) => Math.round((value - min) / scale)));
      specs.push({ ...spec, quantization: { min, scale, dtype: "uint8" } });
    }
    const data = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    chunks.reduce((offset, chunk) => (data.set(chunk, offset), offset + chunk.length), 0);
    const reference = await tf.loadLayersModel(tf.io.fromMemory({ ...artifacts, weightSpecs: specs, weightData: data.buffer }));
    const folded = await tf.loadLayersModel(tf.io.fromMemory(foldBatchNorms({ ...artifacts, weightSpecs: specs, weightData: data.buffer }, tf)));
    const input = tf.randomUniform([2, 9, 9, 3], 0, 1);
    const before = (reference.predict(input) as tf.Tensor).dataSync();
    const after = (folded.predict(input) as tf.Tensor).dataSync();
    for (const [index, value] of before.entries()) expect(after[index]).toBeCloseTo(value, 4);
  });
});
