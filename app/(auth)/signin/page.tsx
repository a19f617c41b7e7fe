import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/current-user";
import { isSignupOpen } from "@/lib/users/signup-open";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getSessionUser()) redirect("/projects");
  const { next } = await searchParams;
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold text-zinc-900">Sign in</h1>
      <SignInForm next={next} signupOpen={await isSignupOpen()} />
    </>
  );
}
