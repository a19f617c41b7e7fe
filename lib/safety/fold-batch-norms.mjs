// Folds each BatchNormalization layer of a Keras model into the convolution before it, as converters do for
// inference: BN(conv(x, W) + b) = conv(x, W·s) + (b − mean)·s + beta with s = gamma / √(variance + ε), per
// output channel. The model then computes the same function (to float rounding) with 52 fewer layers: in
// nsfwjs's MobileNetV2 on the tfjs WebAssembly backend the batch norms took ~24 of its ~55 ms per image
// (tf.profile). Plain JavaScript, on the model worker thread (lib/safety/safety-classifier.mjs); a layer it
// cannot fold safely (another input, more than one consumer, an activation on the convolution) is left as it was.

const CONVOLUTIONS = { Conv2D: "kernel", DepthwiseConv2D: "depthwise_kernel" };

/**
 * @param {object} artifacts { modelTopology, weightSpecs, weightData } as tf.io.fromMemory takes them
 *   (a functional Keras model, channels last); the weights may be quantized.
 * @param {object} tf the tfjs module whose io.decodeWeights reads them
 * @returns {{ modelTopology: object, weightSpecs: object[], weightData: ArrayBuffer, folded: number }} float32 weights
 */
export function foldBatchNorms({ modelTopology, weightSpecs, weightData }, tf) {
  const topology = structuredClone(modelTopology);
  const config = (topology.model_config ?? topology).config;
  const decoded = tf.io.decodeWeights(weightData, weightSpecs);
  const weights = new Map(weightSpecs.map(({ name }) => [name, { shape: decoded[name].shape, values: decoded[name].dataSync().slice() }]));
  for (const tensor of Object.values(decoded)) tensor.dispose();

  const byName = new Map(config.layers.map((layer) => [layer.config.name, layer]));
  const consumers = new Map();
  for (const layer of config.layers) for (const node of layer.inbound_nodes) for (const [from] of node) consumers.set(from, (consumers.get(from) ?? 0) + 1);

  const renamed = new Map();
  let folded = 0;
  config.layers = config.layers.filter((layer) => {
    const conv = foldable(layer, byName, consumers);
    if (!conv) return true;
    fold(conv, layer, weights);
    renamed.set(layer.config.name, conv.config.name);
    folded++;
    return false;
  });
  const rename = (entry) => (renamed.has(entry[0]) ? [renamed.get(entry[0]), ...entry.slice(1)] : entry);
  for (const layer of config.layers) layer.inbound_nodes = layer.inbound_nodes.map((node) => node.map(rename));
  config.output_layers = config.output_layers.map(rename);

  const specs = [...weights].map(([name, { shape }]) => ({ name, shape, dtype: "float32" }));
  const data = new Float32Array([...weights.values()].reduce((sum, { values }) => sum + values.length, 0));
  let offset = 0;
  for (const { values } of weights.values()) {
    data.set(values, offset);
    offset += values.length;
  }
  return { modelTopology: topology, weightSpecs: specs, weightData: data.buffer, folded };
}

/** The convolution a batch norm layer can be folded into, or null. */
function foldable(layer, byName, consumers) {
  if (layer.class_name !== "BatchNormalization" || layer.inbound_nodes.length !== 1) return null;
  const axis = layer.config.axis;
  if (!(axis === -1 || axis === 3 || (Array.isArray(axis) && axis.length === 1 && (axis[0] === -1 || axis[0] === 3)))) return null;
  const [node] = layer.inbound_nodes;
  if (node.length !== 1) return null;
  const conv = byName.get(node[0][0]);
  if (!conv || !(conv.class_name in CONVOLUTIONS) || consumers.get(conv.config.name) !== 1 || conv.inbound_nodes.length !== 1) return null;
  if ((conv.config.activation ?? "linear") !== "linear" || (conv.config.data_format ?? "channels_last") !== "channels_last") return null;
  return conv;
}

function fold(conv, bn, weights) {
  const name = conv.config.name;
  const kernel = weights.get(`${name}/${CONVOLUTIONS[conv.class_name]}`);
  const { shape } = kernel;
  // Conv2D [h, w, in, out]; DepthwiseConv2D [h, w, in, multiplier], whose output channel is in × multiplier + m.
  const channels = conv.class_name === "Conv2D" ? shape[3] : shape[2] * shape[3];
  const take = (suffix, fallback) => weights.get(`${bn.config.name}/${suffix}`)?.values ?? new Float32Array(channels).fill(fallback);
  const gamma = bn.config.scale === false ? new Float32Array(channels).fill(1) : take("gamma", 1);
  const beta = bn.config.center === false ? new Float32Array(channels).fill(0) : take("beta", 0);
  const mean = take("moving_mean", 0);
  const variance = take("moving_variance", 1);
  const bias = conv.config.use_bias ? weights.get(`${name}/bias`).values : new Float32Array(channels);

  const scale = new Float32Array(channels);
  for (let c = 0; c < channels; c++) scale[c] = gamma[c] / Math.sqrt(variance[c] + bn.config.epsilon);
  for (let i = 0; i < kernel.values.length; i++) kernel.values[i] *= scale[i % channels];
  const newBias = new Float32Array(channels);
  for (let c = 0; c < channels; c++) newBias[c] = (bias[c] - mean[c]) * scale[c] + beta[c];

  for (const suffix of ["gamma", "beta", "moving_mean", "moving_variance"]) weights.delete(`${bn.config.name}/${suffix}`);
  weights.set(`${name}/bias`, { shape: [channels], values: newBias });
  conv.config.use_bias = true;
}
