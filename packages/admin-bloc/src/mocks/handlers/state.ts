import { contract } from '../../contract/index.js';
import { orgInScope, type Principal } from '../auth.js';
import type { MockDb } from '../db.js';
import { HttpError } from '../http-error.js';
import type { AdminStateRecord } from '../records.js';
import { toDataUser } from './data.js';
import { type Route, route } from './route.js';
import { answerPage, byName, programmeStatus } from './shared.js';

/**
 * Document 001 (`/api/v1/admin/state`): the calling admin's server-side UI state.
 *
 * The dashboard is a snapshot: its figures are counted when it is refreshed, for the body's `org_id`, (or the
 * selected org changes, for that org) and stay as they were until then, which is what makes `POST /dashboard/refresh` meaningful. The user-list
 * state of an org lists the selected org node's subtree when that node lies inside the org, else the org's
 * subtree, with the filters remembered for that org applied. Changes are audited as resource `admin_state`.
 */
const endpoints = contract.state;

function snapshotScopeOf(db: MockDb, adminId: string, state: AdminStateRecord): string {
  return state.selectedOrgId ?? db.people.get(adminId)?.orgId ?? '';
}

function takeSnapshot(
  db: MockDb,
  adminId: string,
  state: AdminStateRecord,
  scopeOrgId = snapshotScopeOf(db, adminId, state),
): void {
  state.dashboard = { scopeOrgId, stats: db.stats(db.subtree(scopeOrgId)), refreshedAt: db.clock.iso() };
}

/** `admin_id` in a body must be the caller, unless a super-admin acts for another admin. */
function targetAdmin(db: MockDb, principal: Principal, adminId: string): string {
  if (adminId === principal.person.id) return adminId;
  if (!principal.isSuperAdmin)
    throw new HttpError(403, 'FORBIDDEN', 'body.admin_id: you may only change your own state');
  const admin = db.people.get(adminId);
  if (admin === undefined || admin.accessRole === 'user') {
    throw new HttpError(404, 'NOT_FOUND', `body.admin_id: admin ${adminId} not found`);
  }
  return adminId;
}

/**
 * The handlers' resolvers for document 001.
 *
 * @example
 * const routes = stateRoutes(); // one route per endpoint of contract.state
 */
export function stateRoutes(): Route[] {
  return [
    route(endpoints.dashboardGet, ({ db, principal }) => {
      const state = db.adminState(principal.person.id);
      const { stats } = state.dashboard;
      return {
        data: {
          org_id: principal.person.orgId,
          selected_org_node_id: state.selectedOrgId,
          dashboard_stats: {
            active_mentors: stats.activeMentors,
            monthly_activities: stats.monthlyActivities,
            pending_reimbursements: stats.pendingReimbursements,
            total_users: stats.totalUsers,
          },
          refreshed_at: state.dashboard.refreshedAt,
        },
      };
    }),

    route(endpoints.dashboardRefresh, ({ db, principal, body }) => {
      const orgId = orgInScope(db, principal, body.org_id, 'body.org_id');
      const state = db.adminState(principal.person.id);
      // Document 001's request names the org: the snapshot is counted for it (the selection is left as it is).
      takeSnapshot(db, principal.person.id, state, orgId);
      return { data: { org_id: orgId, refreshed_at: state.dashboard.refreshedAt } };
    }),

    route(endpoints.usersGet, ({ db, principal, query }) => {
      const orgId =
        query.org_id === undefined ? principal.person.orgId : orgInScope(db, principal, query.org_id, 'query.org_id');
      const state = db.adminState(principal.person.id);
      const orgScope = db.subtree(orgId);
      const scope =
        state.selectedOrgId !== null && orgScope.has(state.selectedOrgId) ? db.subtree(state.selectedOrgId) : orgScope;
      const filters = state.filters[orgId] ?? {};
      const users = [...db.people.values()]
        .filter(
          (person) =>
            scope.has(person.orgId) &&
            (filters.role === undefined || person.role === filters.role) &&
            (filters.status === undefined || programmeStatus(person) === filters.status),
        )
        .sort(byName((person) => person.fullName));
      return {
        ...answerPage(users, query, (person) => {
          const { org_id: _org, ...item } = toDataUser(person);
          return item;
        }),
        active_filters: filters,
      };
    }),

    route(endpoints.usersSetFilters, ({ db, principal, body }) => {
      const orgId = orgInScope(db, principal, body.org_id, 'body.org_id');
      const state = db.adminState(principal.person.id);
      const before = state.filters[orgId] ?? {};
      const after = Object.fromEntries(Object.entries(body.filters).filter(([, value]) => value !== undefined));
      state.filters[orgId] = after;
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        db.recordAudit({
          actorId: principal.person.id,
          action: 'UPDATE',
          resourceType: 'admin_state',
          resourceId: principal.person.id,
          changes: { [`filters.${orgId}`]: { from: before, to: after } },
        });
      }
      return { data: { org_id: orgId, active_filters: after, updated_at: db.clock.iso() } };
    }),

    route(endpoints.selectedOrgGet, ({ db, principal }) => {
      const state = db.adminState(principal.person.id);
      const org = state.selectedOrgId === null ? undefined : db.orgs.get(state.selectedOrgId);
      return {
        data: {
          admin_id: principal.person.id,
          selected_org_node_id: org?.id ?? null,
          selected_org_name: org?.name ?? null,
          selected_at: org ? state.selectedAt : null,
        },
      };
    }),

    route(endpoints.selectedOrgSet, ({ db, principal, body }) => {
      const adminId = targetAdmin(db, principal, body.admin_id);
      const orgId = orgInScope(db, principal, body.org_node_id, 'body.org_node_id');
      const admin = db.people.get(adminId);
      if (admin && admin.accessRole !== 'super_admin' && !db.subtree(admin.orgId).has(orgId)) {
        throw new HttpError(403, 'FORBIDDEN', `body.org_node_id: org ${orgId} is outside that admin's scope`);
      }
      const state = db.adminState(adminId);
      const before = state.selectedOrgId;
      state.selectedOrgId = orgId;
      state.selectedAt = db.clock.iso();
      takeSnapshot(db, adminId, state);
      if (before !== orgId) {
        db.recordAudit({
          actorId: principal.person.id,
          action: 'UPDATE',
          resourceType: 'admin_state',
          resourceId: adminId,
          changes: { selected_org_node_id: { from: before, to: orgId } },
        });
      }
      return {
        data: {
          admin_id: adminId,
          selected_org_node_id: orgId,
          selected_org_name: db.orgs.get(orgId)?.name ?? null,
          selected_at: state.selectedAt,
        },
      };
    }),

    route(endpoints.selectedOrgClear, ({ db, principal }) => {
      const state = db.adminState(principal.person.id);
      const before = state.selectedOrgId;
      state.selectedOrgId = null;
      state.selectedAt = null;
      takeSnapshot(db, principal.person.id, state);
      if (before !== null) {
        db.recordAudit({
          actorId: principal.person.id,
          action: 'UPDATE',
          resourceType: 'admin_state',
          resourceId: principal.person.id,
          changes: { selected_org_node_id: { from: before, to: null } },
        });
      }
      return { data: { admin_id: principal.person.id, selected_org_node_id: null, cleared_at: db.clock.iso() } };
    }),
  ];
}
