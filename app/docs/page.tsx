import Link from "next/link";
import { DocsTokenInput, TryIt } from "@/components/docs/try-it";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";

export const metadata = { title: "API reference" };

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; required: boolean; description?: string; schema: Json }>;
  requestBody?: { required: boolean; content: Record<string, { schema: Json; example?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Json; example?: unknown }> }>;
}

const METHOD_STYLE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  patch: "bg-amber-100 text-amber-800",
  delete: "bg-red-100 text-red-800",
};

/** Descriptions mark code with backticks, as in Markdown. */
function Prose({ text }: { text: string }) {
  return text.split(/`([^`]+)`/).map((part, i) =>
    i % 2 ? (
      <code key={i} className="rounded bg-zinc-100 px-1 font-mono text-xs text-zinc-800">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-");

function SchemaBlock({ schema, label }: { schema: unknown; label: string }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-zinc-600">{label}</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-zinc-900 p-3 font-mono text-xs text-zinc-100">{JSON.stringify(schema, null, 2)}</pre>
    </details>
  );
}

/** The interactive API reference, rendered from the same OpenAPI document as /api/v1/openapi.json (no script from elsewhere). */
export default function DocsPage() {
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ path, method, op })));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 lg:grid lg:grid-cols-[14rem_1fr] lg:gap-8">
      <nav className="mb-6 space-y-1 text-sm lg:sticky lg:top-6 lg:self-start" aria-label="API areas">
        <Link href="/" className="mb-3 block font-semibold text-zinc-900">
          Likeness
        </Link>
        {document.tags.map((tag) => (
          <a key={tag.name} href={`#tag/${slug(tag.name)}`} className="block rounded px-2 py-1 text-zinc-700 hover:bg-zinc-100">
            {tag.name}
          </a>
        ))}
      </nav>
      <main className="min-w-0 space-y-10">
        <header className="space-y-3">
          <h1 className="text-2xl font-semibold text-zinc-900">{document.info.title}</h1>
          <p className="text-sm text-zinc-600">
            <Prose text={document.info.description} />
          </p>
          <p className="text-sm text-zinc-600">
            Machine-readable: <a href="/api/v1/openapi.json" className="text-brand-700 underline">/api/v1/openapi.json</a> (OpenAPI {document.openapi}). Every error is{" "}
            <code className="font-mono text-xs">{"{ error, code }"}</code>.
          </p>
          <DocsTokenInput />
        </header>
        {document.tags.map((tag) => (
          <section key={tag.name} id={`tag/${slug(tag.name)}`} className="scroll-mt-6 space-y-4">
            <h2 className="text-xl font-semibold text-zinc-900">{tag.name}</h2>
            <p className="text-sm text-zinc-600">
              <Prose text={tag.description} />
            </p>
            {operations
              .filter(({ op }) => op.tags.includes(tag.name))
              .map(({ path, method, op }) => {
                const body = op.requestBody?.content["application/json"];
                return (
                  <article key={op.operationId} id={op.operationId} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4" data-testid="operation">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_STYLE[method]}`}>{method}</span>
                      <code className="min-w-0 font-mono text-sm break-all text-zinc-900">{path}</code>
                      {op.security?.length === 0 && <span className="rounded bg-zinc-100 px-1.5 text-xs text-zinc-600">no auth</span>}
                    </div>
                    <h3 className="font-medium text-zinc-900">{op.summary}</h3>
                    {op.description && (
                      <p className="text-sm text-zinc-600">
                        <Prose text={op.description} />
                      </p>
                    )}
                    {op.parameters && (
                      <ul className="space-y-1 text-sm">
                        {op.parameters.map((param) => (
                          <li key={`${param.in}-${param.name}`} className="break-words">
                            <code className="font-mono text-xs text-zinc-900">{param.name}</code> <span className="text-xs text-zinc-500">({param.in}{param.required ? ", required" : ""})</span>{" "}
                            <span className="text-zinc-600">{param.description ?? (param.schema.enum ? `one of ${(param.schema.enum as string[]).join(", ")}` : "")}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                    {body && <SchemaBlock schema={body.schema} label={`Request body (JSON${op.requestBody?.required ? "" : ", optional"})`} />}
                    {op.requestBody?.content["multipart/form-data"] && <SchemaBlock schema={op.requestBody.content["multipart/form-data"].schema} label="Request body (multipart/form-data)" />}
                    <ul className="space-y-1 text-sm">
                      {Object.entries(op.responses).map(([status, response]) => {
                        const content = response.content && Object.values(response.content)[0];
                        return (
                          <li key={status}>
                            <span className="font-mono text-xs font-semibold text-zinc-800">{status}</span> <span className="text-zinc-600">
                              <Prose text={response.description} />
                            </span>
                            {content && status.startsWith("2") && <SchemaBlock schema={content.schema} label="Schema" />}
                          </li>
                        );
                      })}
                    </ul>
                    <TryIt
                      method={method.toUpperCase()}
                      path={path}
                      pathParams={[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name)}
                      hasQuery={Boolean(op.parameters?.some((param) => param.in === "query"))}
                      bodyExample={body ? JSON.stringify(body.example ?? {}, null, 2) : undefined}
                      multipart={Boolean(op.requestBody?.content["multipart/form-data"])}
                    />
                  </article>
                );
              })}
          </section>
        ))}
      </main>
    </div>
  );
}
