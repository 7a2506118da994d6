/** Fans live events (points, scores, alarms) out to stream subscribers, each filtered by machine. */
import type { LiveEvent } from '@zhizao/contract';

/** Receives events; returns false when the subscriber is gone. */
export type LiveListener = (event: LiveEvent) => void;

interface Subscription {
  readonly machine: string | undefined;
  readonly listener: LiveListener;
  readonly end: () => void;
}

/** A publish/subscribe hub; machine-less events (alarms without machine) reach everyone. */
export class LiveHub {
  private readonly subscriptions = new Set<Subscription>();

  /** Subscribes to one machine's events (or all with `undefined`); returns the unsubscribe function. */
  subscribe(machine: string | undefined, listener: LiveListener, end: () => void = () => {}): () => void {
    const subscription = { machine, listener, end };
    this.subscriptions.add(subscription);
    return () => {
      this.subscriptions.delete(subscription);
    };
  }

  /** Number of subscribers. */
  get size(): number {
    return this.subscriptions.size;
  }

  /** Ends every subscription (server shutdown: open streams would keep the HTTP server from closing). */
  endAll(): void {
    for (const subscription of [...this.subscriptions]) subscription.end();
    this.subscriptions.clear();
  }

  /** Delivers an event to the subscribers of its machine. */
  publish(event: LiveEvent, machine: string | undefined): void {
    for (const subscription of this.subscriptions) {
      if (subscription.machine === undefined || machine === undefined || subscription.machine === machine) {
        subscription.listener(event);
      }
    }
  }
}
