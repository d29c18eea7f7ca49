import { type AdminClient, type AdminUser, Cubit, type Failure, toFailure } from 'admin-bloc';

/** One user's detail page (`/users/:id`): the person as document 002 has them, read by id. */
export interface UserDetailState {
  readonly id: string | null;
  readonly status: 'idle' | 'loading' | 'success' | 'failure';
  readonly user: AdminUser | null;
  readonly failure: Failure | null;
}

const idle: UserDetailState = { id: null, status: 'idle', user: null, failure: null };

/**
 * Reads one user for the detail URL. Document 000's users (the list's rows) have no read by id; document 002's
 * `GET /api/admin/users/:id` names the same people (the list's e-mails come from its list too), with their
 * e-mail, organisation and account. The latest id wins: a read for an id no longer shown is aborted and its
 * answer dropped, and every read ends in `success` or `failure` (a 404 is the not-found state).
 */
export class UserDetailCubit extends Cubit<UserDetailState> {
  private reading: AbortController | null = null;

  constructor(private readonly client: AdminClient) {
    super(idle);
  }

  /** Shows `id` (reads it unless it is the one shown); `null` leaves the detail. */
  async shown(id: string | null): Promise<void> {
    if (id === this.state.id && this.state.status !== 'failure') return;
    this.reading?.abort();
    this.reading = null;
    if (id === null) {
      this.emit(idle);
      return;
    }
    const controller = new AbortController();
    this.reading = controller;
    // The same person again (a retry) keeps what was shown while it reloads.
    const keep = this.state.id === id ? this.state.user : null;
    this.emit({ id, status: 'loading', user: keep, failure: null });
    try {
      const answer = await this.client.users.get(id, { signal: controller.signal });
      if (this.reading !== controller || this.isClosed) return;
      this.emit({ id, status: 'success', user: answer.data, failure: null });
    } catch (error) {
      if (this.reading !== controller || this.isClosed) return;
      this.emit({ id, status: 'failure', user: keep, failure: toFailure(error) });
    } finally {
      if (this.reading === controller) this.reading = null;
    }
  }

  /** Reads the shown user again after a failure (a failed read is never taken as shown). */
  retried(): Promise<void> {
    return this.shown(this.state.id);
  }

  override async close(): Promise<void> {
    this.reading?.abort();
    this.reading = null;
    await super.close();
  }
}
