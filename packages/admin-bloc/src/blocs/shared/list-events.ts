import type { OrgScope } from '../../repositories/org-scope-repository.js';
import type { SessionAuth } from '../../repositories/session-repository.js';

/**
 * The events of a paged list that searches, named under its bloc's prefix: the coordinator asked to reload,
 * asked for a page, typed in the search box (debounced; latest wins) or opened one record.
 *
 * @example
 * type Events = SearchListEvent<'organizations'>; // 'organizations/refreshRequested' | 'organizations/pageRequested' | …
 */
export type SearchListEvent<Prefix extends string> =
  | { readonly type: `${Prefix}/refreshRequested` }
  | { readonly type: `${Prefix}/pageRequested`; readonly page: number }
  | { readonly type: `${Prefix}/searchChanged`; readonly search: string }
  | { readonly type: `${Prefix}/detailRequested`; readonly id: string };

/**
 * The org scope changed (from the `OrgScopeRepository`; `null` on sign-out).
 *
 * @example
 * contacts.add({ type: 'contacts/scopeChanged', scope });
 */
export type ScopeChangedEvent<Prefix extends string> = {
  readonly type: `${Prefix}/scopeChanged`;
  readonly scope: OrgScope | null;
};

/**
 * The session changed (from `session.auth$`): a sign-out or another account drops everything.
 *
 * @example
 * auditLog.add({ type: 'auditLog/authChanged', auth: session.auth });
 */
export type AuthChangedEvent<Prefix extends string> = {
  readonly type: `${Prefix}/authChanged`;
  readonly auth: SessionAuth;
};

/**
 * The form events of a list whose records the coordinator edits: the create form submitted (a partial draft:
 * the contract's schema says what is missing), the update form submitted, a delete asked for, the form's
 * outcome dismissed.
 *
 * @example
 * type Events = RecordEditEvent<'contacts', CreateContactBody, UpdateContactBody>;
 */
export type RecordEditEvent<Prefix extends string, Draft, Changes> =
  | { readonly type: `${Prefix}/createSubmitted`; readonly draft: Partial<Draft> }
  | { readonly type: `${Prefix}/updateSubmitted`; readonly id: string; readonly changes: Changes }
  | { readonly type: `${Prefix}/deleteRequested`; readonly id: string }
  | { readonly type: `${Prefix}/editDismissed` };
