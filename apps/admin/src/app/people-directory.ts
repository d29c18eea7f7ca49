import type { AdminClient } from 'admin-bloc';
import { useEffect, useSyncExternalStore } from 'react';

/**
 * Where a person id comes from, and so which list of the contract names it: the activity log's people are
 * document 000's users (listed per org), the audit log's actors and user resources are document 002's users,
 * the sessions' people are document 004's platform users.
 */
export type PersonSource = 'data' | 'admin' | 'platform';

/** Most people a list request may return (every document caps `limit` at 100). */
const PAGE_SIZE = 100;

interface Batch {
  readonly ids: Set<string>;
  readonly orgIds: Set<string>;
}

/**
 * Names for person ids, read from the contract's list endpoints (none of them takes a list of ids): the ids a
 * screen asks for in one render are gathered into one batch, which reads pages of 100 people of the right list
 * until every id has its name or `maxRequests` pages were read; for the activity log's people only the orgs of
 * the rows are listed. Every name read is kept, and an id once looked up is never asked for again (one the lists
 * did not name stays shown as its id), so a page of 20 rows costs at most two requests and a page whose people
 * were seen before costs none.
 */
export class PeopleDirectory {
  private readonly names = new Map<string, string>();
  private readonly emails = new Map<string, string>();
  private readonly lookedUp = new Set<string>();
  private readonly batches = new Map<PersonSource, Batch>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly client: AdminClient,
    private readonly maxRequests = 2,
  ) {}

  /** The person's name, once a lookup has found it. */
  nameOf(id: string): string | undefined {
    return this.names.get(id);
  }

  /** The person's e-mail, once a lookup of a list that gives e-mails (`admin`, `platform`) has found it. */
  emailOf(id: string): string | undefined {
    return this.emails.get(id);
  }

  /** Changes when a lookup has added names, for `useSyncExternalStore`. */
  readonly getVersion = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Asks for the names of `ids` from `source`; ids asked for in the same task are looked up together.
   * `orgIds` narrows a `data` lookup to the orgs the people belong to.
   */
  request(source: PersonSource, ids: Iterable<string>, orgIds: Iterable<string> = []): void {
    let batch = this.batches.get(source);
    let added = false;
    for (const id of ids) {
      if (this.lookedUp.has(id)) continue;
      this.lookedUp.add(id);
      if (!batch) {
        batch = { ids: new Set(), orgIds: new Set() };
        this.batches.set(source, batch);
        // One lookup per task: the other rows' ids join this batch before it is sent.
        setTimeout(() => void this.flush(source), 0);
      }
      batch.ids.add(id);
      added = true;
    }
    if (added && batch) for (const orgId of orgIds) batch.orgIds.add(orgId);
  }

  private async flush(source: PersonSource): Promise<void> {
    const batch = this.batches.get(source);
    this.batches.delete(source);
    if (!batch) return;
    const missing = new Set(batch.ids);
    let cursor: string | null | undefined;
    try {
      for (let request = 0; request < this.maxRequests && missing.size > 0; request++) {
        const page = request + 1;
        let people: { id: string; name: string; email?: string }[];
        let more: boolean;
        if (source === 'data') {
          const answer = await this.client.data.users.list({ orgIds: [...batch.orgIds], page, limit: PAGE_SIZE });
          people = answer.data.map((user) => ({ id: user.user_id, name: user.full_name }));
          more = page * PAGE_SIZE < answer.pagination.total;
        } else if (source === 'admin') {
          const answer = await this.client.users.list({ page, limit: PAGE_SIZE });
          people = answer.data.map((user) => ({ id: user.id, name: user.name, email: user.email }));
          more = page * PAGE_SIZE < answer.meta.total;
        } else {
          const answer = await this.client.platform.users.list({
            limit: PAGE_SIZE,
            ...(cursor ? { cursor } : {}),
          });
          people = answer.data.map((user) => ({ id: user.id, name: user.name, email: user.email }));
          cursor = answer.pagination.cursor;
          more = answer.pagination.hasMore && Boolean(cursor);
        }
        for (const person of people) {
          this.names.set(person.id, person.name);
          if (person.email) this.emails.set(person.id, person.email);
          missing.delete(person.id);
        }
        this.changed();
        if (!more) break;
      }
    } catch {
      // A failed lookup leaves its ids shown as ids; they may be asked for again by the next screen that shows them.
      for (const id of missing) this.lookedUp.delete(id);
    }
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

const directories = new WeakMap<AdminClient, PeopleDirectory>();

/** The app's one directory for a client (one per signed-in client, so names are shared by every screen). */
export function peopleDirectoryFor(client: AdminClient): PeopleDirectory {
  let directory = directories.get(client);
  if (!directory) {
    directory = new PeopleDirectory(client);
    directories.set(client, directory);
  }
  return directory;
}

/**
 * The names of the people a screen shows: asks the directory for `ids` (after the render, batched with the rest
 * of the page) and returns a lookup that re-renders the screen as names arrive.
 *
 * @example
 * const nameOf = usePersonNames(directory, 'data', entries.map((entry) => entry.user_id));
 */
export function usePersonNames(
  directory: PeopleDirectory,
  source: PersonSource,
  ids: readonly string[],
  orgIds: readonly string[] = [],
): (id: string) => string | undefined {
  useSyncExternalStore(directory.subscribe, directory.getVersion, directory.getVersion);
  const key = ids.join(',');
  const orgKey = orgIds.join(',');
  useEffect(() => {
    if (key === '') return;
    directory.request(source, key.split(','), orgKey === '' ? [] : orgKey.split(','));
  }, [directory, source, key, orgKey]);
  return (id) => directory.nameOf(id);
}
