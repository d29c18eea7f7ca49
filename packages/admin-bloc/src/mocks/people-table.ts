import type { PersonRecord } from './records.js';

const emailKey = (email: string) => email.toLowerCase();

/**
 * The people table: a Map by id that also keeps an index by lower-cased e-mail address, so finding a person by
 * e-mail costs the same for 300 people as for 10 000. A bulk insert looks up every row's e-mail; scanning the
 * table for each row made a chunk of 25 rows cost 25 × the table, and a 10 000-row import in the browser (where
 * the mock runs on the page's thread) grew long tasks of 50–276 ms as the table grew.
 *
 * `set`, `delete` and `clear` keep the index, so tests may still prepare the table directly. A person's e-mail
 * is indexed when the record is set; a change of e-mail on a record already in the table goes through
 * {@link PeopleTable.emailChanged} (the db's `updatePerson` does it), or the new address is not found.
 *
 * @example
 * const people = new PeopleTable();
 * people.set(person.id, person);
 * people.byEmail(' Kari.Olsen@Org.no '); // person (trimmed, case-insensitive)
 */
export class PeopleTable extends Map<string, PersonRecord> {
  /** Lower-cased e-mail → the first person in the table with it (one record, not a list: ~0.4 MB per 10 000). */
  private readonly index = new Map<string, PersonRecord>();
  /**
   * Addresses more than one person has. The API refuses a second person with a taken address, but a test may set
   * two directly; for these the first in table order is looked up again when one of them goes.
   */
  private readonly shared = new Set<string>();

  override set(id: string, person: PersonRecord): this {
    const previous = super.get(id);
    super.set(id, person);
    if (previous !== undefined && previous !== person) this.unindex(previous, previous.email);
    this.indexAs(person);
    return this;
  }

  override delete(id: string): boolean {
    const person = super.get(id);
    const deleted = super.delete(id);
    if (person !== undefined) this.unindex(person, person.email);
    return deleted;
  }

  override clear(): void {
    this.index.clear();
    this.shared.clear();
    super.clear();
  }

  /** The person with this e-mail address: trimmed and case-insensitive, the first in table order if several. */
  byEmail(email: string): PersonRecord | undefined {
    const key = emailKey(email.trim());
    const owner = this.index.get(key);
    if (owner === undefined || (super.get(owner.id) === owner && emailKey(owner.email) === key)) return owner;
    // The record's e-mail was written directly, not through emailChanged: look the address up again.
    this.rescan(key);
    return this.index.get(key);
  }

  /** Moves a person in the table from the address they had to the one they have now. */
  emailChanged(person: PersonRecord, previousEmail: string): void {
    if (emailKey(previousEmail) === emailKey(person.email) || super.get(person.id) !== person) return;
    this.unindex(person, previousEmail);
    this.indexAs(person);
  }

  /** Indexes a person who is in the table under their current address. */
  private indexAs(person: PersonRecord): void {
    const key = emailKey(person.email);
    const owner = this.index.get(key);
    if (owner === undefined) this.index.set(key, person);
    else if (owner !== person) {
      this.shared.add(key);
      this.rescan(key);
    }
  }

  /** Takes a person who has left the table, or left `email`, out of the index. */
  private unindex(person: PersonRecord, email: string): void {
    const key = emailKey(email);
    if (this.shared.has(key)) this.rescan(key);
    else if (this.index.get(key) === person) this.index.delete(key);
  }

  /** Finds the owner of a shared (or stale) address by a scan of the table; only a directly prepared table needs it. */
  private rescan(key: string): void {
    let owner: PersonRecord | undefined;
    let count = 0;
    for (const person of super.values()) {
      if (emailKey(person.email) !== key) continue;
      owner ??= person;
      count++;
    }
    if (owner === undefined) this.index.delete(key);
    else this.index.set(key, owner);
    if (count > 1) this.shared.add(key);
    else this.shared.delete(key);
  }
}
