import { createAvatar } from "@dicebear/core";
import { avataaars } from "@dicebear/collection";
import sharp from "sharp";
import type { LocalAvatarIdentity, LocalAvatarVariation } from "./derive-local-avatar";

// Where the face centre sits inside the avataaars 280×280 viewBox, as a fraction of its height.
const FACE_CENTER = 0.41;

function avatarSvg(identityKey: string, identity: LocalAvatarIdentity, variation: LocalAvatarVariation) {
  // Every option is pinned to one value, so DiceBear's own seeded picks never decide anything visible;
  // the seed only matters for details we do not pin, and it is the identity, so those stay with the person.
  return createAvatar(avataaars, {
    seed: identityKey,
    style: ["default"],
    backgroundColor: ["transparent"],
    flip: variation.flip,
    skinColor: [identity.skinColor],
    hairColor: [identity.hairColor],
    hatColor: [identity.hairColor],
    facialHairColor: [identity.hairColor],
    top: identity.top ? [identity.top as never] : undefined,
    topProbability: identity.top ? 100 : 0,
    facialHair: identity.facialHair ? [identity.facialHair as never] : undefined,
    facialHairProbability: identity.facialHair ? 100 : 0,
    accessories: identity.accessories ? [identity.accessories as never] : undefined,
    accessoriesProbability: identity.accessories ? 100 : 0,
    accessoriesColor: ["262e33"],
    clothing: [identity.clothing as never],
    clothesColor: [identity.clothesColor],
    clothingGraphic: [identity.clothingGraphic as never],
    eyes: [variation.eyes as never],
    eyebrows: [variation.eyebrows as never],
    mouth: [variation.mouth as never],
  }).toString();
}

function lighten(hex: string, amount: number) {
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return channels.map((c) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, "0")).join("");
}

/** Where the avatar square goes on a width × height canvas for a framing. */
function placeAvatar(width: number, height: number, framing: LocalAvatarVariation["framing"]) {
  // Portraits get a larger figure (shoulders cropped at the sides) instead of a tall empty backdrop.
  const base = Math.max(Math.min(width, height), 0.85 * height);
  const size = Math.round(base * framing.scale);
  const x = Math.round((width - size) / 2 + framing.shiftX * base);
  // The figure ends at its shoulders: never leave a gap under it.
  const y = Math.round(Math.max(framing.faceY * height - FACE_CENTER * size, height - size));
  return { x, y, size };
}

/** A studio-like backdrop plus the avatar, rasterized by sharp to a PNG of exactly width × height. */
export async function renderLocalAvatar(
  avatar: { identityKey: string; identity: LocalAvatarIdentity; variation: LocalAvatarVariation },
  width: number,
  height: number,
) {
  const { identityKey, identity, variation } = avatar;
  const { x, y, size } = placeAvatar(width, height, variation.framing);
  const figure = avatarSvg(identityKey, identity, variation).replace(
    /^<svg /,
    `<svg x="${x}" y="${y}" width="${size}" height="${size}" `,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><radialGradient id="likeness-backdrop" cx="50%" cy="38%" r="75%">` +
    `<stop offset="0" stop-color="#${lighten(variation.backgroundColor, 0.35)}"/>` +
    `<stop offset="1" stop-color="#${variation.backgroundColor}"/></radialGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#likeness-backdrop)"/>${figure}</svg>`;
  // density 72 renders the SVG at exactly its declared pixel size; resize only guards against rounding.
  return sharp(Buffer.from(svg), { density: 72 })
    .resize(width, height, { fit: "fill" })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
