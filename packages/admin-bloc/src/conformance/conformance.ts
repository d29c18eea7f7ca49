import { AdminApiError } from '../api/admin-api-error.js';
import { type AdminClient, createAdminClient } from '../api/create-admin-client.js';
import type { HttpOptions } from '../api/http.js';

/**
 * The conformance check behind `npx admin-bloc conformance`: calls every read endpoint of the five contract
 * documents (and with `writes` every write, on records it creates itself) through the published client, and
 * says for each whether the client accepted the server's answer. A team with its own backend learns in one
 * command whether our client and dashboard will work on it.
 */

export interface ConformanceOptions {
  readonly baseUrl: string;
  readonly token: string;
  /** Document 004's `X-Bulwark-Tenant`; default the first root org id the org-node list answers. */
  readonly tenant?: string;
  /** Also call every write (creating, changing and deleting records of its own). Use a test tenant. */
  readonly writes?: boolean;
  /** A fetch implementation (tests); default the global one. */
  readonly fetch?: HttpOptions['fetch'];
}

/** How one endpoint went: `accepted` (2xx read), `refused` (2xx our client cannot read), `failed`, `skipped`. */
export type ConformanceOutcome = 'accepted' | 'refused' | 'failed' | 'skipped';

export interface ConformanceResult {
  /** `GET /api/v1/admin/data/users` */
  readonly request: string;
  readonly document: '000' | '001' | '002' | '003' | '004';
  readonly outcome: ConformanceOutcome;
  /** HTTP status when there was an answer. */
  readonly status?: number;
  /** Why: the refused fields with their paths, the error code and message, or why it was skipped. */
  readonly why?: string;
}

export interface ConformanceReport {
  readonly results: readonly ConformanceResult[];
  readonly refused: number;
  readonly failed: number;
}

type Step = { document: ConformanceResult['document']; request: string; call: () => Promise<unknown> };

/**
 * Runs the check and returns one result per endpoint, in the documents' order.
 *
 * @example
 * const report = await runConformance({ baseUrl: 'http://127.0.0.1:4010', token: 'demo-admin-token' });
 * for (const line of formatConformance(report)) console.log(line);
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  let tenant = options.tenant;
  // The status of the last answer, for the report (the client resolves with the parsed body only).
  let lastStatus: number | undefined;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = createAdminClient({
    baseUrl: options.baseUrl,
    token: options.token,
    tenant: () => tenant,
    retry: 1,
    rateLimit: false,
    dedupe: false,
    fetch: async (input, init) => {
      const response = await fetchImpl(input, init);
      lastStatus = response.status;
      return response;
    },
  });
  const results: ConformanceResult[] = [];
  const found: Found = {};

  async function run(step: Step): Promise<void> {
    lastStatus = undefined;
    try {
      await step.call();
      const status = lastStatus === undefined ? {} : { status: lastStatus };
      results.push({ request: step.request, document: step.document, outcome: 'accepted', ...status });
    } catch (error) {
      results.push(describeFailure(step, error));
    }
  }
  const skip = (document: ConformanceResult['document'], request: string, why: string) =>
    results.push({ request, document, outcome: 'skipped', why });

  for (const step of readSteps(client, found)) {
    if (step === null) continue;
    if ('skipWhy' in step) skip(step.document, step.request, step.skipWhy);
    else await run(step);
    if (tenant === undefined && found.rootOrgId !== undefined) tenant = found.rootOrgId;
  }
  if (options.writes) {
    for (const step of writeSteps(client, found, `${Date.now().toString(36)}`)) {
      if ('skipWhy' in step) skip(step.document, step.request, step.skipWhy);
      else await run(step);
    }
  }
  return {
    results,
    refused: results.filter((result) => result.outcome === 'refused').length,
    failed: results.filter((result) => result.outcome === 'failed').length,
  };
}

/**
 * One line per endpoint and a summary line.
 *
 * @example
 * formatConformance(report)[0]; // '000 GET    /api/v1/admin/data/dashboard-stats            200 accepted'
 */
export function formatConformance(report: ConformanceReport): string[] {
  const width = Math.max(...report.results.map((result) => result.request.split(' ')[1]?.length ?? 0), 10);
  const lines = report.results.map((result) => {
    const [method = '', path = ''] = result.request.split(' ');
    const status = result.status === undefined ? '---' : String(result.status);
    const why = result.why ? `  ${result.why}` : '';
    return `${result.document} ${method.padEnd(6)} ${path.padEnd(width)} ${status} ${result.outcome}${why}`;
  });
  const accepted = report.results.filter((result) => result.outcome === 'accepted').length;
  const skipped = report.results.filter((result) => result.outcome === 'skipped').length;
  lines.push(
    `${report.results.length} endpoints: ${accepted} accepted, ${report.refused} refused, ${report.failed} failed, ${skipped} skipped`,
  );
  return lines;
}

/** Ids found in earlier answers, to address the endpoints that need one. */
interface Found {
  rootOrgId?: string;
  orgIds?: string[];
  adminUserId?: string;
  organizationId?: string;
  contactId?: string;
  contactName?: string;
  peerMentorId?: string;
  peerMentorName?: string;
  platformUserId?: string;
  adminId?: string;
}

type Skipped = { document: ConformanceResult['document']; request: string; skipWhy: string };

/**
 * A step that calls with an id an earlier answer gave (`need(document, request, id, what, call)`), or is skipped,
 * saying why, when no answer gave one.
 */
function stepNeeding(skipWhy: (what: string) => string) {
  return (
    document: Step['document'],
    request: string,
    id: string | undefined,
    what: string,
    call: (id: string) => Promise<unknown>,
  ): Step | Skipped =>
    id === undefined ? { document, request, skipWhy: skipWhy(what) } : { document, request, call: () => call(id) };
}

function* readSteps(client: AdminClient, found: Found): Generator<Step | Skipped | null> {
  const need = stepNeeding((what) => `no ${what} in the earlier answers`);

  yield {
    document: '000',
    request: 'GET /api/v1/admin/data/org-nodes',
    call: async () => {
      const { data } = await client.data.orgNodes();
      found.rootOrgId = (data.find((node) => node.parent_org_id === null) ?? data[0])?.org_id;
      found.orgIds = data.map((node) => node.org_id);
    },
  };
  yield {
    document: '000',
    request: 'GET /api/v1/admin/data/dashboard-stats',
    call: () => client.data.dashboardStats(found.rootOrgId ? { orgIds: [found.rootOrgId] } : {}),
  };
  yield { document: '000', request: 'GET /api/v1/admin/data/users', call: () => client.data.users.list({ limit: 20 }) };
  yield {
    document: '000',
    request: 'GET /api/v1/admin/data/activity-log',
    call: () => client.data.activityLog({ limit: 20 }),
  };

  yield { document: '001', request: 'GET /api/v1/admin/state/dashboard', call: () => client.state.dashboard.get() };
  yield {
    document: '001',
    request: 'GET /api/v1/admin/state/users',
    call: () => client.state.users.get({ limit: 20 }),
  };
  yield {
    document: '001',
    request: 'GET /api/v1/admin/state/selected-org',
    call: async () => {
      found.adminId = (await client.state.selectedOrg.get()).data.admin_id;
    },
  };

  yield {
    document: '002',
    request: 'GET /api/admin/users',
    call: async () => {
      found.adminUserId = (await client.users.list({ limit: 20 })).data[0]?.id;
    },
  };
  yield need('002', 'GET /api/admin/users/:id', found.adminUserId, 'user id', (id) => client.users.get(id));
  yield {
    document: '002',
    request: 'GET /api/admin/organizations',
    call: async () => {
      found.organizationId = (await client.organizations.list({ limit: 20 })).data[0]?.id;
    },
  };
  yield need('002', 'GET /api/admin/organizations/:id', found.organizationId, 'organization id', (id) =>
    client.organizations.get(id),
  );

  const orgId = found.rootOrgId;
  yield need('003', 'GET /api/v1/contacts', orgId, 'org id', async (id) => {
    const first = (await client.contacts.list({ orgId: id, limit: 20 })).data[0];
    found.contactId = first?.id;
    found.contactName = first?.full_name;
  });
  yield need('003', 'GET /api/v1/contacts/:id', found.contactId, 'contact id', (id) => client.contacts.get(id));
  yield need('003', 'GET /api/v1/contacts/search', orgId, 'org id', (id) =>
    client.contacts.search({ orgId: id, query: searchText(found.contactName) }),
  );
  yield need('003', 'GET /api/v1/contacts/peer-mentors', orgId, 'org id', async (id) => {
    const first = (await client.peerMentors.list({ orgId: id, limit: 20 })).data[0];
    found.peerMentorId = first?.id;
    found.peerMentorName = first?.full_name;
  });
  yield need('003', 'GET /api/v1/contacts/peer-mentors/:id', found.peerMentorId, 'peer mentor id', (id) =>
    client.peerMentors.get(id),
  );
  yield need('003', 'GET /api/v1/contacts/peer-mentors/search', orgId, 'org id', (id) =>
    client.peerMentors.search({ orgId: id, query: searchText(found.peerMentorName) }),
  );

  yield { document: '004', request: 'GET /api/v1/admin/stats', call: () => client.platform.stats() };
  yield {
    document: '004',
    request: 'GET /api/v1/admin/users',
    call: async () => {
      found.platformUserId = (await client.platform.users.list({ limit: 20 })).data[0]?.id;
    },
  };
  yield need('004', 'GET /api/v1/admin/users/:userId', found.platformUserId, 'user id', (id) =>
    client.platform.users.get(id),
  );
  yield {
    document: '004',
    request: 'GET /api/v1/admin/sessions',
    call: () => client.platform.sessions.list({ limit: 20 }),
  };
}

/** The first letters of a name the server listed, so a search has something to find. */
function searchText(name: string | undefined): string {
  return (name ?? 'a').trim().slice(0, 3) || 'a';
}

function* writeSteps(client: AdminClient, found: Found, stamp: string): Generator<Step | Skipped> {
  const email = `conformance.${stamp}@example.org`;
  const created: { dataUserId?: string; adminUserId?: string; organizationId?: string; contactId?: string } = {};
  const orgId = found.rootOrgId;
  const need = stepNeeding((what) => `no ${what} to write to`);

  yield need('000', 'POST /api/v1/admin/data/users', orgId, 'org id', async (id) => {
    await client.data.users.bulkInsert({
      org_ids: [id],
      users: [{ full_name: 'Conformance Check', email: `data.${email}`, role: 'mentee' }],
    });
    // The insert answers counts only: the new record's id comes from the list, for the hard delete below.
    created.dataUserId = (await client.data.users.list({ search: `data.${email}` })).data[0]?.user_id;
  });
  yield need('001', 'POST /api/v1/admin/state/dashboard/refresh', orgId, 'org id', (id) =>
    client.state.dashboard.refresh({ org_id: id }),
  );
  yield need('001', 'PUT /api/v1/admin/state/users', orgId, 'org id', (id) =>
    client.state.users.setFilters({ org_id: id, filters: {} }),
  );
  const node = found.orgIds?.[1] ?? orgId;
  yield need('001', 'POST /api/v1/admin/state/selected-org', found.adminId && node, 'admin id or org node', (id) =>
    client.state.selectedOrg.set({ admin_id: found.adminId as string, org_node_id: id }),
  );
  yield {
    document: '001',
    request: 'DELETE /api/v1/admin/state/selected-org',
    call: () => client.state.selectedOrg.clear(),
  };

  yield {
    document: '002',
    request: 'POST /api/admin/users',
    call: async () => {
      created.adminUserId = (await client.users.create({ email, name: 'Conformance Check', role: 'user' })).data.id;
    },
  };
  yield need('002', 'PATCH /api/admin/users/:id', created.adminUserId, 'created user', (id) =>
    client.users.update(id, { name: 'Conformance Check Updated' }),
  );
  yield need('000', 'PUT /api/v1/admin/data/users/:id', created.adminUserId, 'created user', (id) =>
    client.data.users.update(id, { status: 'inactive' }),
  );
  yield need('004', 'PATCH /api/v1/admin/users/:userId', created.adminUserId, 'created user', (id) =>
    client.platform.users.updateRole(id, { role: 'user' }),
  );
  yield need('004', 'POST /api/v1/admin/users/:userId/suspend', created.adminUserId, 'created user', (id) =>
    client.platform.users.suspend(id),
  );
  yield need('002', 'DELETE /api/admin/users/:id', created.adminUserId, 'created user', (id) =>
    client.users.remove(id),
  );

  yield {
    document: '002',
    request: 'POST /api/admin/organizations',
    call: async () => {
      created.organizationId = (
        await client.organizations.create({ name: 'Conformance Check', slug: `conformance-${stamp}`, plan: 'free' })
      ).data.id;
    },
  };
  yield need('002', 'PATCH /api/admin/organizations/:id', created.organizationId, 'created organization', (id) =>
    client.organizations.update(id, { name: 'Conformance Check Updated' }),
  );
  yield need('002', 'DELETE /api/admin/organizations/:id', created.organizationId, 'created organization', (id) =>
    client.organizations.remove(id),
  );

  yield need('003', 'POST /api/v1/contacts', orgId, 'org id', async (id) => {
    created.contactId = (
      await client.contacts.create({
        full_name: 'Conformance Check',
        email: `contact.${email}`,
        role: 'coordinator',
        org_id: id,
      })
    ).id;
  });
  yield need('003', 'PUT /api/v1/contacts/:id', created.contactId, 'created contact', (id) =>
    client.contacts.update(id, { is_active: false }),
  );
  yield need('003', 'DELETE /api/v1/contacts/:id', created.contactId, 'created contact', (id) =>
    client.contacts.remove(id),
  );
  // Document 000's hard delete is super-admin only: run with a super-admin token to see it accepted.
  yield need('000', 'DELETE /api/v1/admin/data/users/:id', created.dataUserId, 'inserted user', (id) =>
    client.data.users.remove(id),
  );
}

function describeFailure(step: Step, error: unknown): ConformanceResult {
  const base = { request: step.request, document: step.document };
  if (!(error instanceof AdminApiError)) {
    return { ...base, outcome: 'failed', why: error instanceof Error ? error.message : String(error) };
  }
  if (error.code === 'INVALID_RESPONSE') {
    const issues = error.issues.map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
    return {
      ...base,
      outcome: 'refused',
      ...(error.status === undefined ? {} : { status: error.status }),
      why: issues.join('; ') || error.message,
    };
  }
  return {
    ...base,
    outcome: 'failed',
    ...(error.status === undefined ? {} : { status: error.status }),
    why: `${error.code}${error.serverMessage ? `: ${error.serverMessage}` : ''}`,
  };
}
