"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const TOKEN_KEY = "likeness-docs-token";

/** The personal token "try it" sends (kept for this tab only); without one, the browser session is used. */
export function DocsTokenInput() {
  const input = useRef<HTMLInputElement>(null);
  // Read after hydration: the server has no sessionStorage, so the first render is always empty.
  useEffect(() => {
    if (input.current) input.current.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  }, []);
  return (
    <label className="block space-y-1.5 text-sm">
      <span className="font-medium text-zinc-700">Personal API token for “Try it”</span>
      <input
        ref={input}
        type="password"
        defaultValue=""
        autoComplete="off"
        placeholder="lk_… (empty: your signed-in session)"
        onChange={(event) => sessionStorage.setItem(TOKEN_KEY, event.target.value.trim())}
        className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm"
      />
      <span className="block text-xs text-zinc-500">Create one in Settings → API tokens. It stays in this tab and is sent as Authorization: Bearer.</span>
    </label>
  );
}

interface TryItProps {
  method: string;
  path: string;
  pathParams: string[];
  hasQuery: boolean;
  bodyExample?: string;
  multipart: boolean;
}

/** Sends the operation from the browser and shows the answer. */
export function TryIt({ method, path, pathParams, hasQuery, bodyExample, multipart }: TryItProps) {
  const [params, setParams] = useState<Record<string, string>>({});
  const [query, setQuery] = useState("");
  const [body, setBody] = useState(bodyExample ?? "");
  const [result, setResult] = useState<{ status: number; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `{${name}}`)) + (query.trim() ? `?${query.trim().replace(/^\?/, "")}` : "");

  async function send() {
    setBusy(true);
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const withBody = !["GET", "DELETE"].includes(method) && body.trim() && !multipart;
    if (withBody) headers["content-type"] = "application/json";
    try {
      if (path === "/api/v1/events") {
        setResult({ status: 0, text: "A live stream: open it with EventSource or `curl -N -H 'Authorization: Bearer <token>' <origin>/api/v1/events`." });
        return;
      }
      const res = await fetch(url, { method, headers, body: withBody ? body : undefined });
      const text = await res.text();
      let shown = text;
      try {
        shown = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // not JSON: shown as it is
      }
      setResult({ status: res.status, text: shown.slice(0, 20_000) });
    } catch (error) {
      setResult({ status: 0, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="rounded-md border border-zinc-200 bg-zinc-50">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">Try it</summary>
      <div className="space-y-3 border-t border-zinc-200 p-3">
        {pathParams.map((name) => (
          <label key={name} className="block space-y-1 text-sm">
            <span className="font-mono text-xs text-zinc-700">{name}</span>
            <input value={params[name] ?? ""} onChange={(event) => setParams({ ...params, [name]: event.target.value })} className="block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm" />
          </label>
        ))}
        {hasQuery && (
          <label className="block space-y-1 text-sm">
            <span className="font-mono text-xs text-zinc-700">query string</span>
            <input value={query} placeholder="limit=10" onChange={(event) => setQuery(event.target.value)} className="block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm" />
          </label>
        )}
        {multipart ? (
          <p className="text-xs text-zinc-500">A multipart upload: try it with curl -F file=@photo.png.</p>
        ) : (
          !["GET", "DELETE"].includes(method) && (
            <label className="block space-y-1 text-sm">
              <span className="font-mono text-xs text-zinc-700">JSON body</span>
              <textarea value={body} rows={Math.min(10, Math.max(3, body.split("\n").length))} onChange={(event) => setBody(event.target.value)} className="block w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-xs" />
            </label>
          )
        )}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" onClick={send} disabled={busy}>
            {busy ? "Sending…" : "Send"}
          </Button>
          <code className="min-w-0 font-mono text-xs break-all text-zinc-600">
            {method} {url}
          </code>
        </div>
        {result && (
          <div className="space-y-1" data-testid="try-it-result">
            <p className="text-sm font-medium text-zinc-800">{result.status ? `HTTP ${result.status}` : "Not sent"}</p>
            <pre className="max-h-80 overflow-auto rounded bg-white p-2 font-mono text-xs text-zinc-800">{result.text}</pre>
          </div>
        )}
      </div>
    </details>
  );
}
