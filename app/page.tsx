import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/current-user";

export default async function Home() {
  redirect((await getSessionUser()) ? "/projects" : "/signin");
}
