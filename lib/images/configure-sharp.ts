import sharp from "sharp";

/**
 * sharp (libvips) for a server that never processes the same image twice in a row: libvips keeps up to
 * 50 MB of recent operations' outputs by default, which here only adds to the resident set (every
 * render, thumbnail and check starts from a new buffer). Called once at start-up.
 */
export function configureSharp() {
  sharp.cache(false);
}
