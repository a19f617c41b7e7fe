import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-zinc-900">Not found</h1>
      <p className="mt-2 text-sm text-zinc-600">This page does not exist, or it belongs to someone else.</p>
      <Link href="/projects" className="mt-6 text-sm font-medium text-brand-600 hover:underline">
        Back to your projects
      </Link>
    </main>
  );
}
