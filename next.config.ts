import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native, WebAssembly and data-file packages load from node_modules at run time, not from the bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "sharp",
    "pg",
    "@vladmandic/human",
    "@tensorflow/tfjs",
    "@tensorflow/tfjs-backend-wasm",
  ],
  // A separate build folder lets a second checkout-less build run beside another (e.g. tests and a dev check).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The fixed security headers on every response; the Content-Security-Policy comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // CI type-checks once with `tsc --noEmit`; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  devIndicators: false,
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
