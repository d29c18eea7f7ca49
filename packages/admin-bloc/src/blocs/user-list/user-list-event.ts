import type { DataUserRole, DataUserStatus } from '../../contract/data.js';
import type { OrgScope } from '../../repositories/org-scope-repository.js';
import type { UserSort } from './user-list-state.js';

/**
 * What happens to the user list. Filters, page, page size and sort come from the coordinator; `scopeChanged`
 * from the `OrgScopeRepository`; `deleteWindowClosed` from the undo timer.
 *
 * @example
 * userList.add({ type: 'userList/filtersChanged', role: 'mentor' });
 * userList.add({ type: 'userList/searchChanged', search: 'haugen' });
 */
export type UserListEvent =
  | { readonly type: 'userList/scopeChanged'; readonly scope: OrgScope | null }
  /** Only the filters given change; `null` clears one. */
  | {
      readonly type: 'userList/filtersChanged';
      readonly role?: DataUserRole | null;
      readonly status?: DataUserStatus | null;
    }
  | { readonly type: 'userList/searchChanged'; readonly search: string }
  | { readonly type: 'userList/pageChanged'; readonly page: number }
  | { readonly type: 'userList/limitChanged'; readonly limit: number }
  | { readonly type: 'userList/sortChanged'; readonly sort: UserSort | null }
  | { readonly type: 'userList/reloadRequested' }
  | { readonly type: 'userList/userStatusChanged'; readonly userId: string; readonly status: DataUserStatus }
  | { readonly type: 'userList/userDeleted'; readonly userId: string }
  | { readonly type: 'userList/deleteUndone'; readonly userId: string }
  | { readonly type: 'userList/deleteWindowClosed'; readonly userId: string }
  | { readonly type: 'userList/userSelectionToggled'; readonly userId: string }
  | { readonly type: 'userList/allMatchingSelected' }
  | { readonly type: 'userList/selectionCleared' }
  | { readonly type: 'userList/bulkStatusChangeRequested'; readonly status: DataUserStatus }
  | { readonly type: 'userList/changeFailureDismissed' };
