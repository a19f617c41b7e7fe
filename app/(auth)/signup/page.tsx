import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionUser } from "@/lib/auth/current-user";
import { isSignupOpen } from "@/lib/users/signup-open";

export const metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/projects");
  if (!(await isSignupOpen())) {
    return (
      <>
        <h1 className="mb-2 text-xl font-semibold text-zinc-900">Sign-up is closed</h1>
        <p className="text-sm text-zinc-600">
          This server does not accept new accounts. Ask an administrator, or{" "}
          <Link href="/signin" className="font-medium text-brand-600 hover:underline">
            sign in
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold text-zinc-900">Create your account</h1>
      <p className="mb-6 text-sm text-zinc-600">Build consistent AI personas, on your own server.</p>
      <SignUpForm />
    </>
  );
}
