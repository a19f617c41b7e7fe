import sharp from "sharp";

/** Below this channel standard deviation an image is one flat colour: nothing to split. */
export const BLANK_GRID_STDEV = 4;

/** Why `data` (a PNG of width × height) is not a usable 2×2 grid, or null when it is. */
export async function gridImageProblem(data: Buffer, width: number, height: number): Promise<string | null> {
  const { width: actualWidth = 0, height: actualHeight = 0 } = await sharp(data).metadata();
  if (actualWidth !== width || actualHeight !== height) return `it is ${actualWidth}×${actualHeight}, not the ${width}×${height} asked for`;
  if (width % 2 !== 0 || height % 2 !== 0) return `${width}×${height} cannot be cut into four equal quarters`;
  const stats = await sharp(data).stats();
  const spread = Math.max(...stats.channels.slice(0, 3).map((channel) => channel.stdev));
  if (spread < BLANK_GRID_STDEV) return "it is blank (one flat colour)";
  return null;
}

/** The four quarters of a 2×2 grid as PNGs, left to right, top to bottom. */
export async function splitGridImage(data: Buffer, width: number, height: number): Promise<Buffer[]> {
  const quarter = { width: width / 2, height: height / 2 };
  const cells = [
    { left: 0, top: 0 },
    { left: quarter.width, top: 0 },
    { left: 0, top: quarter.height },
    { left: quarter.width, top: quarter.height },
  ];
  return Promise.all(cells.map((cell) => sharp(data).extract({ ...cell, ...quarter }).png().toBuffer()));
}
