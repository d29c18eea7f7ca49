import { describe, expect, it } from 'vitest';
import { AuditLogBloc } from '../../../src/blocs/audit-log/audit-log-bloc.js';
import type { Failure } from '../../../src/blocs/shared/failure.js';
import { OrganizationsBloc } from '../../../src/blocs/organizations/organizations-bloc.js';
import type { FaultConfig } from '../../../src/mocks/faults.js';
import { DEMO_TOKENS } from '../../../src/mocks/demo-tokens.js';
import { manualTimers, setupBlocBackend, testClient } from './test-support.js';

// How a list of the admin's own area fails, the same for the audit log and the organizations (neither follows
// the org scope; each loads when its screen opens): a token the server does not know is a signed-out failure,
// and a failed refresh says why and keeps the page on screen.

const backend = setupBlocBackend();

/** What the cases need of an admin list, whatever its events and state are called. */
interface AdminList {
  /** The bloc as its screen creates it, signed in with `token`. */
  open(token: string): ListBloc;
  readonly opened: { type: string };
  readonly refresh: { type: string };
  /** The faults a refresh is tried under, and the failure code the screen then shows. */
  readonly refreshFaults: readonly (readonly [FaultConfig, string])[];
}

interface ListBloc {
  readonly state: { readonly status: string; readonly failure: Failure | null; readonly results: unknown };
  add(event: { type: string }): Promise<void>;
  close(): Promise<void>;
}

const LISTS: Record<string, AdminList> = {
  AuditLogBloc: {
    open: (token) => new AuditLogBloc({ client: testClient({ token }), pageSize: 20 }),
    opened: { type: 'auditLog/opened' },
    refresh: { type: 'auditLog/refreshRequested' },
    refreshFaults: [
      [{ fail: { 'auditLog.list': 500 } }, 'INTERNAL_ERROR'],
      [{ contractBreak: ['auditLog.list'] }, 'INVALID_RESPONSE'],
    ],
  },
  OrganizationsBloc: {
    open: (token) =>
      new OrganizationsBloc({
        client: testClient({ token }),
        timers: manualTimers(),
        searchDebounceMs: 300,
        pageSize: 20,
      }),
    opened: { type: 'organizations/opened' },
    refresh: { type: 'organizations/refreshRequested' },
    refreshFaults: [
      [{ fail: { 'organizations.list': 500 } }, 'INTERNAL_ERROR'],
      [{ fail: { 'organizations.list': 'network' } }, 'NETWORK_ERROR'],
      [{ contractBreak: ['organizations.list'] }, 'INVALID_RESPONSE'],
      [{ malformedJson: ['organizations.list'] }, 'INVALID_RESPONSE'],
    ],
  },
};

describe.each(Object.entries(LISTS))('%s: failures of the list', (_name, list) => {
  it('an unknown token is a signed-out failure', async () => {
    const bloc = list.open('revoked');
    await bloc.add(list.opened);
    expect(bloc.state).toMatchObject({ status: 'failure', failure: { code: 'UNAUTHORIZED', signedOut: true } });
    await bloc.close();
  });

  it.each(list.refreshFaults)('%o gives a %s failure and keeps the previous page', async (faults, code) => {
    const bloc = list.open(DEMO_TOKENS.admin);
    await bloc.add(list.opened);
    const before = bloc.state.results;
    backend.faults.set(faults);
    await bloc.add(list.refresh);
    expect(bloc.state).toMatchObject({ status: 'failure', failure: { code } });
    expect(bloc.state.results).toBe(before);
    await bloc.close();
  });
});
