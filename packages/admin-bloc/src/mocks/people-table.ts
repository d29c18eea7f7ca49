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
  /**
   * Lower-cased e-mail → the people with it, in the order they were indexed. Usually one: the API refuses a
   * second person with a taken address, but a test may set two directly, and deleting one must not hide the
   * other.
   */
  private readonly index = new Map<string, PersonRecord[]>();

  override set(id: string, person: PersonRecord): this {
    const previous = super.get(id);
    if (previous !== undefined) this.unindex(previous, previous.email);
    super.set(id, person);
    this.indexAs(person, person.email);
    return this;
  }

  override delete(id: string): boolean {
    const person = super.get(id);
    if (person !== undefined) this.unindex(person, person.email);
    return super.delete(id);
  }

  override clear(): void {
    this.index.clear();
    super.clear();
  }

  /** The person with this e-mail address: trimmed and case-insensitive, the first indexed if several. */
  byEmail(email: string): PersonRecord | undefined {
    const key = emailKey(email.trim());
    const found = this.index.get(key);
    if (found === undefined) return undefined;
    // A record whose e-mail was written directly, not through emailChanged, is not found under the old
    // address: a stale entry is dropped here rather than answered.
    const current = found.filter((person) => super.get(person.id) === person && emailKey(person.email) === key);
    if (current.length !== found.length) {
      if (current.length === 0) this.index.delete(key);
      else this.index.set(key, current);
    }
    return current[0];
  }

  /** Moves a person in the table from the address they had to the one they have now. */
  emailChanged(person: PersonRecord, previousEmail: string): void {
    if (emailKey(previousEmail) === emailKey(person.email) || super.get(person.id) !== person) return;
    this.unindex(person, previousEmail);
    this.indexAs(person, person.email);
  }

  private indexAs(person: PersonRecord, email: string): void {
    const key = emailKey(email);
    this.index.set(key, [...(this.index.get(key) ?? []), person]);
  }

  private unindex(person: PersonRecord, email: string): void {
    const key = emailKey(email);
    const rest = (this.index.get(key) ?? []).filter((other) => other !== person);
    if (rest.length === 0) this.index.delete(key);
    else this.index.set(key, rest);
  }
}
