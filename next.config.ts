import { networkInterfaces } from "node:os";
import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/http/security-headers";

/**
 * Every address `next dev` answers on: Next blocks its dev resources (scripts, HMR) for any other origin,
 * so a page opened at http://127.0.0.1:3000 or the LAN address would render but its JavaScript never run.
 * Hostnames, as the browser's Origin names them (IPv6 in brackets).
 */
function devOrigins() {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info ? [info.family === "IPv6" ? `[${info.address.replace(/%.*$/, "")}]` : info.address] : []));
  return [...new Set(["localhost", "127.0.0.1", "[::1]", ...addresses])];
}

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
    "nsfwjs",
  ],
  // A separate build folder lets a second checkout-less build run beside another (e.g. tests and a dev check).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The fixed security headers on every response; pages get their Content-Security-Policy (with a
  // nonce) from proxy.ts, API answers this one (the proxy stays away from API bodies).
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
  // CI type-checks once with `tsc --noEmit`; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  devIndicators: false,
  allowedDevOrigins: devOrigins(),
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
