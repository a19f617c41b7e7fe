import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface ReceivedWebhook {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the signature checked out with the secret the receiver holds. */
  verified: boolean;
  verifyError?: string;
}

/**
 * A real local HTTP endpoint that checks every delivery's signature with `standardwebhooks` (as a
 * pipeline would), answers `status`, and can go down (port closed) and come back up on the same port.
 */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  let secret = "";
  let status = 200;
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk) => chunks.push(chunk));
        req.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          let verified = false;
          let verifyError: string | undefined;
          try {
            new Webhook(secret).verify(body, req.headers as Record<string, string>);
            verified = true;
          } catch (error) {
            verifyError = (error as Error).message;
          }
          received.push({ id: String(req.headers["webhook-id"]), headers: req.headers, body, verified, verifyError });
          res.writeHead(status, { "content-type": "text/plain" });
          res.end(status < 300 ? "ok thanks" : "receiver says no");
        });
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();

  const down = () => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve()));
  return {
    received,
    get url() {
      return `http://127.0.0.1:${port}/hooks`;
    },
    useSecret: (value: string) => void (secret = value),
    answer: (code: number) => void (status = code),
    down,
    up: listen,
    close: down,
  };
}
