import { type AdminClient, isAdminApiError } from 'admin-bloc';
import { useEffect, useSyncExternalStore } from 'react';

/**
 * Where a person id comes from, and so which list of the contract names it: the activity log's people are
 * document 000's users (listed per org), the audit log's actors and user resources are document 002's users,
 * the sessions' people are document 004's platform users.
 */
export type PersonSource = 'data' | 'admin' | 'platform';

/** Most people a list request may return (every document caps `limit` at 100). */
const PAGE_SIZE = 100;

interface Person {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
}

interface Batch {
  readonly ids: Set<string>;
  readonly orgIds: Set<string>;
}

/** How far one list has been read: page-numbered lists by page, document 004's by cursor. */
interface Listing {
  nextPage: number;
  cursor: string | null;
  exhausted: boolean;
  /** How many people the list has, once a page said so (document 004's cursor list never says). */
  total: number | null;
  /** The reads so far, one after the other: a batch waits for them before deciding what is still missing. */
  reading: Promise<void>;
}

/**
 * Names (and e-mails, where the list has them) for person ids, read from the contract's endpoints (no list takes a
 * list of ids): the ids a screen asks for in one task are gathered into one batch, which reads the next pages of
 * 100 people of the right list until every id has its name or `maxRequests` pages were read; for the activity
 * log's people only the orgs of the rows are listed. Ids still missing after that (a scope of more than 200
 * people) are read in the same round the cheaper way: the list's remaining pages together, or exactly the missing
 * ids by id. Pages already read are never read again and every name is kept, so a page of 20 rows costs at most
 * two requests while the scope has up to 200 people, and a page whose people were seen before costs none. A
 * screen may `preload` a list's first pages with its own first requests, so its names cost no round of their own.
 * An id the server does not know stays shown as its id.
 */
export class PeopleDirectory {
  private readonly names = new Map<string, string>();
  private readonly emails = new Map<string, string>();
  private readonly lookedUp = new Set<string>();
  /** Ids the server said it does not know (404 on a read by id): not asked for again. */
  private readonly unknown = new Set<string>();
  private readonly batches = new Map<string, Batch>();
  private readonly listings = new Map<string, Listing>();
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
   * Reads the first `pages` pages of a list now, at once, unless they were read already: a screen's names then
   * come with its own first requests instead of in a round after them.
   */
  preload(source: PersonSource, pages = 1): void {
    const listing = this.listing(source, []);
    for (let page = listing.nextPage; page <= pages && !listing.exhausted; page++)
      void this.readNext(source, [], listing).catch(() => undefined);
  }

  /**
   * Asks for the names of `ids` from `source`; ids asked for in the same task are looked up together.
   * `orgIds` narrows a `data` lookup to the orgs the people belong to.
   */
  request(source: PersonSource, ids: Iterable<string>, orgIds: Iterable<string> = []): void {
    const orgs = [...orgIds].sort();
    const key = `${source}|${orgs.join(',')}`;
    let batch = this.batches.get(key);
    for (const id of ids) {
      if (this.lookedUp.has(id) || this.names.has(id) || this.unknown.has(id)) continue;
      this.lookedUp.add(id);
      if (!batch) {
        const created: Batch = { ids: new Set(), orgIds: new Set(orgs) };
        batch = created;
        this.batches.set(key, created);
        // One lookup per task: the other rows' ids join this batch before it is sent.
        setTimeout(() => void this.flush(source, key, created), 0);
      }
      batch.ids.add(id);
    }
  }

  private listing(source: PersonSource, orgIds: readonly string[]): Listing {
    const key = `${source}|${source === 'data' ? [...orgIds].sort().join(',') : ''}`;
    let listing = this.listings.get(key);
    if (!listing) {
      listing = { nextPage: 1, cursor: null, exhausted: false, total: null, reading: Promise.resolve() };
      this.listings.set(key, listing);
    }
    return listing;
  }

  /**
   * Reads the list's next page: a page-numbered list at once (its page number is taken now, so two reads go out
   * together), document 004's after the read before it (it needs that read's cursor). Records every person on it.
   */
  private readNext(source: PersonSource, orgIds: readonly string[], listing: Listing): Promise<void> {
    const page = listing.nextPage;
    if (source !== 'platform') listing.nextPage = page + 1;
    const fetchPage = async (): Promise<{ people: Person[]; more: boolean }> => {
      if (source === 'data') {
        const answer = await this.client.data.users.list({ orgIds: [...orgIds], page, limit: PAGE_SIZE });
        const people = answer.data.map((user) => ({ id: user.user_id, name: user.full_name }));
        listing.total = answer.pagination.total;
        return { people, more: page * PAGE_SIZE < answer.pagination.total };
      }
      if (source === 'admin') {
        const answer = await this.client.users.list({ page, limit: PAGE_SIZE });
        const people = answer.data.map((user) => ({ id: user.id, name: user.name, email: user.email }));
        listing.total = answer.meta.total;
        return { people, more: page * PAGE_SIZE < answer.meta.total };
      }
      await listing.reading;
      const answer = await this.client.platform.users.list({
        limit: PAGE_SIZE,
        ...(listing.cursor ? { cursor: listing.cursor } : {}),
      });
      listing.cursor = answer.pagination.cursor ?? null;
      const people = answer.data.map((user) => ({ id: user.id, name: user.name, email: user.email }));
      return { people, more: answer.pagination.hasMore && listing.cursor !== null };
    };
    const read = fetchPage().then(
      ({ people, more }) => {
        if (!more) listing.exhausted = true;
        this.record(people);
      },
      (error: unknown) => {
        // A failed read gives its page back: the next batch reads it again.
        if (source !== 'platform' && listing.nextPage === page + 1) listing.nextPage = page;
        throw error;
      },
    );
    const before = listing.reading;
    listing.reading = Promise.all([before, read.catch(() => undefined)]).then(() => undefined);
    return read;
  }

  private async flush(source: PersonSource, key: string, batch: Batch): Promise<void> {
    if (this.batches.get(key) === batch) this.batches.delete(key);
    const orgIds = [...batch.orgIds];
    const listing = this.listing(source, orgIds);
    const missing = () => [...batch.ids].filter((id) => !this.names.has(id) && !this.unknown.has(id));
    try {
      await listing.reading;
      for (let request = 0; request < this.maxRequests && missing().length > 0 && !listing.exhausted; request++)
        await this.readNext(source, orgIds, listing);
      // The list's budget is spent and people are still missing (a scope of more than 200 people): the cheaper of
      // the list's remaining pages, read together, or exactly the missing ids, each read by id. Either way every
      // row on screen gets its name in this round instead of "—" until some later page happens to read further.
      const left = missing();
      if (left.length > 0 && !listing.exhausted) {
        const pagesLeft =
          source === 'platform' || listing.total === null
            ? Number.POSITIVE_INFINITY
            : Math.ceil((listing.total - (listing.nextPage - 1) * PAGE_SIZE) / PAGE_SIZE);
        if (pagesLeft <= left.length)
          await Promise.all(Array.from({ length: pagesLeft }, () => this.readNext(source, orgIds, listing)));
        else await Promise.all(left.map((id) => this.readOne(source, id)));
      }
    } catch {
      // Ids a failed lookup left unnamed may be asked for again by the next screen that shows them.
    }
    for (const id of missing()) if (!listing.exhausted) this.lookedUp.delete(id);
  }

  /**
   * Reads one person by id: document 002's `GET /api/admin/users/:id` (also for document 000's people: 000 has no
   * read by id, and its user ids are 002's, as the user list's e-mails already rely on), document 004's own for
   * the platform's. An id the server does not know (404) is remembered and stays shown as its id.
   */
  private async readOne(source: PersonSource, id: string): Promise<void> {
    try {
      const answer = source === 'platform' ? await this.client.platform.users.get(id) : await this.client.users.get(id);
      this.record([{ id: answer.data.id, name: answer.data.name, email: answer.data.email }]);
    } catch (error) {
      if (isAdminApiError(error) && error.code === 'NOT_FOUND') this.unknown.add(id);
    }
  }

  private record(people: readonly Person[]): void {
    for (const person of people) {
      this.names.set(person.id, person.name);
      if (person.email) this.emails.set(person.id, person.email);
    }
    this.changed();
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
