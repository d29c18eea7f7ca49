/** One confirmed action sent early: what the coordinator is told about it. */
export interface SentAction {
  readonly kind: 'delete';
  /** Who it was about (a person's name), for the notice. */
  readonly name: string;
}

/** Sends every action of one screen that was confirmed and is still waiting (a delete in its undo window). */
export type WaitingSender = () => Promise<readonly SentAction[]>;

/**
 * Actions the coordinator confirmed that are still waiting to be sent (a delete during its undo window), so that
 * leaving does not lose them: signing out, switching the demo user, closing or leaving the tab send them first.
 * A screen registers a sender while it is shown; the shell and the page's `pagehide` call `sendAll`. A screen
 * whose bloc sends its waiting deletes as it closes (navigating away) reports them with `noteSent`. What was sent
 * either way is kept in `lastSent`, so the next screen can say so.
 *
 * @example
 * const off = confirmed.register(async () => sendWaitingDeletes());
 * await confirmed.sendAll(); // before signing out
 */
export class ConfirmedActions {
  private readonly senders = new Set<WaitingSender>();
  private readonly listeners = new Set<() => void>();
  private sent: readonly SentAction[] = [];

  /** Adds a screen's sender; returns the function that removes it. */
  register(sender: WaitingSender): () => void {
    this.senders.add(sender);
    return () => this.senders.delete(sender);
  }

  /** Sends every waiting action now; resolves once each request has been answered (or failed). */
  async sendAll(): Promise<readonly SentAction[]> {
    const results = await Promise.all([...this.senders].map((send) => send().catch(() => [])));
    const sent = results.flat();
    if (sent.length > 0) {
      this.sent = sent;
      for (const listener of this.listeners) listener();
    }
    return sent;
  }

  /** Records actions a screen's own closing sent (a delete sent as its bloc closed), so the next screen says so. */
  noteSent(actions: readonly SentAction[]): void {
    if (actions.length === 0) return;
    this.sent = actions;
    for (const listener of this.listeners) listener();
  }

  /** What the last `sendAll` or `noteSent` sent, until `dismiss`. */
  get lastSent(): readonly SentAction[] {
    return this.sent;
  }

  dismiss(): void {
    if (this.sent.length === 0) return;
    this.sent = [];
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
