"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { JOB_EVENT_TYPES, type JobEventType } from "@/lib/job-events/job-event-types";

export interface LiveJobEvent {
  id: string;
  type: JobEventType;
  data: Record<string, unknown>;
}

type Listener = (event: LiveJobEvent) => void;
type StatusListener = () => void;

/*
 * One EventSource on /api/v1/events per tab, shared by every component that follows jobs (a browser
 * allows few connections per host). It opens with the first subscriber and closes with the last; the
 * browser reconnects by itself and sends Last-Event-ID, so nothing is missed across a blip.
 */
const listeners = new Set<Listener>();
const statusListeners = new Set<StatusListener>();
let source: EventSource | undefined;
let connected = false;

function setConnected(value: boolean) {
  connected = value;
  for (const listener of statusListeners) listener();
}

function open() {
  if (source || typeof EventSource === "undefined") return;
  source = new EventSource("/api/v1/events");
  source.onopen = () => setConnected(true);
  source.onerror = () => setConnected(false);
  for (const type of JOB_EVENT_TYPES) {
    source.addEventListener(type, (message) => {
      const body = JSON.parse((message as MessageEvent<string>).data) as { data: Record<string, unknown> };
      for (const listener of listeners) listener({ id: (message as MessageEvent).lastEventId, type, data: body.data });
    });
  }
}

function closeIfUnused() {
  if (listeners.size || !source) return;
  source.close();
  source = undefined;
  setConnected(false);
}

function subscribeStatus(listener: StatusListener) {
  statusListeners.add(listener);
  return () => {
    statusListeners.delete(listener);
    closeIfUnused();
  };
}

/**
 * Calls `onEvent` for each of the signed-in user's job events as it happens. Returns whether the
 * stream is connected, so a caller can poll as a fallback while it is not.
 */
export function useJobEvents(onEvent: Listener, enabled = true): boolean {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const live = useSyncExternalStore(subscribeStatus, () => connected, () => false);
  useEffect(() => {
    if (!enabled) return;
    const listener: Listener = (event) => handler.current(event);
    listeners.add(listener);
    open();
    return () => {
      listeners.delete(listener);
      closeIfUnused();
    };
  }, [enabled]);
  return enabled && live;
}
