"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useJobEvents } from "./use-job-events";

/**
 * Re-renders the server page while something on it is still running: whenever one of the user's job
 * events arrives (live, through /api/v1/events), at most once a second; every `seconds` only while
 * the live stream is not connected.
 */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useJobEvents(() => {
    pending.current ??= setTimeout(() => {
      pending.current = undefined;
      router.refresh();
    }, 1000);
  });
  useEffect(() => () => clearTimeout(pending.current), []);
  useEffect(() => {
    // Once connected, one refresh catches up with what happened before the stream opened.
    if (live) return void router.refresh();
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [live, router, seconds]);
  return null;
}
