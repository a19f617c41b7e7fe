import { formatDate } from "@/components/ui/format-date";

interface Delivery {
  id: string;
  event: string;
  webhookMessageId: string;
  attempt: number;
  status: string;
  httpStatus: number | null;
  durationMs: number | null;
  responseSnippet: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
}

const STATUS_STYLE: Record<string, string> = {
  delivered: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  failed: "bg-red-50 text-red-800 ring-red-200",
  pending: "bg-amber-50 text-amber-800 ring-amber-200",
};

/** The last attempts: event, status, HTTP status, duration, the answer's first bytes, the next retry. */
export function DeliveryLog({ deliveries }: { deliveries: Delivery[] }) {
  if (!deliveries.length) return <p className="text-sm text-zinc-500">No deliveries yet. Send a test event to try the endpoint.</p>;
  return (
    <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200" aria-label="Delivery log">
      {deliveries.map((delivery) => (
        <li key={delivery.id} className="space-y-1 p-3 text-sm" data-testid="delivery">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STATUS_STYLE[delivery.status] ?? ""}`}>
              {delivery.status === "pending" ? "retrying" : delivery.status}
            </span>
            <code className="font-mono text-xs text-zinc-800">{delivery.event}</code>
            <span className="text-zinc-600">attempt {delivery.attempt}</span>
            <span className="text-zinc-600">{delivery.httpStatus ? `HTTP ${delivery.httpStatus}` : "no answer"}</span>
            {delivery.durationMs !== null && <span className="tabular-nums text-zinc-500">{delivery.durationMs} ms</span>}
            <span className="text-zinc-500">{formatDate(delivery.createdAt)}</span>
          </div>
          {delivery.responseSnippet && <pre className="max-h-24 overflow-auto rounded bg-zinc-50 p-2 font-mono text-xs break-all whitespace-pre-wrap text-zinc-700">{delivery.responseSnippet}</pre>}
          {delivery.nextAttemptAt && <p className="text-xs text-amber-700">Next retry {formatDate(delivery.nextAttemptAt)}</p>}
          <p className="truncate font-mono text-xs text-zinc-400">webhook-id {delivery.webhookMessageId}</p>
        </li>
      ))}
    </ul>
  );
}
