import type { AdminClient } from '../../api/create-admin-client.js';
import { Bloc } from '../../core/bloc.js';
import { concurrent, restartable } from '../../core/transformers.js';
import type { OrgScopeRepository } from '../../repositories/org-scope-repository.js';
import type { SessionAuth, SessionRepository } from '../../repositories/session-repository.js';
import { isAbort, toFailure } from '../shared/failure.js';
import { followStream } from '../shared/follow.js';
import { LatestWins } from '../shared/paged-query.js';
import type { SelectedOrgEvent } from './selected-org-event.js';
import { initialSelectedOrgState, type SelectedOrgState } from './selected-org-state.js';

/**
 * What the selected-org bloc needs.
 *
 * @example
 * const options: SelectedOrgBlocOptions = { client, session, scope };
 */
export interface SelectedOrgBlocOptions {
  client: AdminClient;
  /** Signed in: restore the selection; signed out: forget it. */
  session: SessionRepository;
  /** Receives every selection, so each scoped bloc switches scope. */
  scope: OrgScopeRepository;
}

/** The selection as the server answered it. */
type Saved = Pick<SelectedOrgState, 'selectedOrgId' | 'selectedOrgName' | 'selectedAt'> & { adminId: string };

/**
 * Selects and clears the org node that scopes the admin screens, kept in the server's admin state
 * (document 001 `selected-org` GET on sign-in, POST on select, DELETE on clear), so it survives a reload and
 * follows the admin between devices.
 *
 * A selection switches the scope at once (the `OrgScopeRepository` tells every scoped bloc, which abort their
 * old scope's requests) and is then written to the server; if the write fails the selection rolls back and
 * the failure stays in the state. Writes go out one at a time in the order chosen (so the server ends with the
 * last choice), while only the latest choice's answer lands in the state.
 *
 * @example
 * const selectedOrg = new SelectedOrgBloc({ client, session, scope });
 * await selectedOrg.add({ type: 'selectedOrg/nodeSelected', orgId: 'org_xW7pNq' });
 * selectedOrg.state.selectedOrgName; // 'Haugaland Sør og Vest'
 */
export class SelectedOrgBloc extends Bloc<SelectedOrgEvent, SelectedOrgState> {
  private readonly latest = new LatestWins();
  private writes: Promise<unknown> = Promise.resolve();
  /** Counts the coordinator's choices: only the newest one's outcome lands in the state. */
  private choices = 0;
  /** The selection the server holds, as last read or saved (`null` before the first answer). */
  private onServer: Saved | null = null;

  constructor(options: SelectedOrgBlocOptions) {
    super(initialSelectedOrgState, { name: 'SelectedOrgBloc' });
    const { client, session, scope } = options;

    this.on(
      ['selectedOrg/authChanged', 'selectedOrg/restoreRequested'],
      async (event, emit) => {
        const auth = event.type === 'selectedOrg/authChanged' ? event.auth : session.auth;
        if (auth.status === 'signedOut') {
          this.latest.cancel();
          this.onServer = null;
          emit(initialSelectedOrgState);
          return;
        }
        const run = this.latest.begin(emit.signal);
        emit({ ...this.state, status: 'loading', failure: null });
        try {
          const { data } = await client.state.selectedOrg.get({ signal: run.signal });
          if (!run.isCurrent()) return;
          emit({
            ...this.state,
            status: 'success',
            adminId: data.admin_id,
            selectedOrgId: data.selected_org_node_id ?? null,
            selectedOrgName: data.selected_org_name ?? null,
            selectedAt: data.selected_at ?? null,
          });
          this.onServer = {
            adminId: data.admin_id,
            selectedOrgId: data.selected_org_node_id ?? null,
            selectedOrgName: data.selected_org_name ?? null,
            selectedAt: data.selected_at ?? null,
          };
          scope.select(data.selected_org_node_id ?? null);
        } catch (error) {
          if (isAbort(error) || !run.isCurrent()) return;
          const failure = toFailure(error);
          emit({ ...this.state, status: 'failure', failure });
          // Without a remembered node the admin still works in the whole tree; a 401 ends the session instead.
          if (!failure.signedOut) scope.select(null);
        }
      },
      restartable(),
    );

    this.on(
      ['selectedOrg/nodeSelected', 'selectedOrg/selectionCleared'],
      async (event, emit) => {
        const orgId = event.type === 'selectedOrg/nodeSelected' ? event.orgId : null;
        const choice = ++this.choices;
        const name = orgId === null ? null : (scope.tree?.find((node) => node.org_id === orgId)?.name ?? null);
        const chosen = { selectedOrgId: orgId, selectedOrgName: name, saving: true };
        // A failed restore stays shown (and retryable) until a save answers; a refused choice's failure goes.
        const state = this.state;
        emit(state.status === 'failure' ? { ...state, ...chosen } : { ...state, ...chosen, failure: null });
        scope.select(orgId);
        // Writes stay in order even when the coordinator clicks faster than the server answers, so the server
        // ends with the last choice. Each goes under its handler's signal: close() aborts it instead of waiting.
        const write = this.writes.then(async () => {
          const signal = { signal: emit.signal };
          if (orgId === null) {
            const { data } = await client.state.selectedOrg.clear(signal);
            return { adminId: data.admin_id, selectedOrgId: null, selectedOrgName: null, selectedAt: null };
          }
          const adminId = this.state.adminId ?? (await client.state.selectedOrg.get(signal)).data.admin_id;
          const { data } = await client.state.selectedOrg.set({ admin_id: adminId, org_node_id: orgId }, signal);
          return {
            adminId: data.admin_id,
            selectedOrgId: data.selected_org_node_id ?? null,
            selectedOrgName: data.selected_org_name ?? null,
            selectedAt: data.selected_at ?? null,
          };
        });
        this.writes = write.catch(() => undefined);
        try {
          const saved = await write;
          this.onServer = saved;
          // Only the newest choice's answer lands: an older one would put back a choice made since.
          if (choice !== this.choices || emit.isDone) return;
          emit({ ...this.state, status: 'success', ...saved, saving: false, failure: null });
        } catch (error) {
          if (isAbort(error) || choice !== this.choices || emit.isDone) return;
          // A refused choice rolls back to what the server holds, which is not the choice before this one when
          // that one was refused too (two quick choices, both refused, end on the server's selection).
          const held = this.onServer;
          emit({
            ...this.state,
            ...(held ?? { selectedOrgId: null, selectedOrgName: null, selectedAt: null }),
            saving: false,
            failure: toFailure(error),
          });
          if (session.auth.status === 'signedIn') scope.select(held?.selectedOrgId ?? null);
        }
      },
      concurrent(),
    );

    followStream<SelectedOrgEvent, SessionAuth>(this, session.auth$, (auth) => ({
      type: 'selectedOrg/authChanged',
      auth,
    }));
  }
}
