import * as z from 'zod/mini';
import { readableIssues } from '../contract/readable-issues.js';
import { readRequestError } from '../repositories/request-error.js';
import type { Emitter } from '../core/emitter.js';
import { type Failure, failureOf, isAbort, toFailure } from './shared/failure.js';
import {
  detailOf,
  initialDetail,
  initialPagedList,
  initialRemovalState,
  pagedListState,
  RemovalState,
} from './shared/paged-state.js';
import type { ScopeGuard } from './shared/scope-guard.js';
import { withOutcome } from './shared/status.js';

/**
 * Field name → what is wrong with it, in plain words, for a form to show next to the field. The names are the
 * contract body's own (`full_name`, `slug`), so a form binds them without a mapping table.
 *
 * @example
 * const errors: FieldErrors = { email: 'Invalid email address' };
 */
export const FieldErrors = z.record(z.string(), z.string());
export type FieldErrors = z.infer<typeof FieldErrors>;

/**
 * Where a create or update form stands: `loading` while it is sent, `failure` with the fields to fix
 * (`fieldErrors`, from the contract's body schema before sending or from the server's 400/409) or a general
 * `failure` (403, 404, 500, …), `success` once the server accepted it (`savedId` names the record).
 *
 * @example
 * if (state.edit.status === 'failure') showErrors(state.edit.fieldErrors);
 */
export const EditState = withOutcome({
  intent: z.nullable(z.enum(['create', 'update'])),
  /** The record being updated (update), or the record the server created (create, after success). */
  savedId: z.nullable(z.string()),
  fieldErrors: FieldErrors,
});
export type EditState = z.infer<typeof EditState>;

/**
 * No form sent yet.
 *
 * @example
 * emit({ ...state, edit: initialEditState });
 */
export const initialEditState: Extract<EditState, { failure: null }> = {
  status: 'initial',
  intent: null,
  savedId: null,
  fieldErrors: {},
  failure: null,
};

/**
 * The state of a list whose records the coordinator edits: the paged list, one record's detail (`key` names
 * the record's field), the create/update form (`edit`) and deletes (`removal`).
 *
 * @example
 * const OrganizationsState = editableListState(OrganizationsQuery, OrganizationsPage, 'organization', Organization);
 */
export function editableListState<
  Query extends z.core.$ZodType,
  Page extends z.core.$ZodType,
  Key extends string,
  Record extends z.core.$ZodType,
>(query: Query, page: Page, key: Key, record: Record) {
  return pagedListState(query, page, { detail: detailOf(key, record), edit: EditState, removal: RemovalState });
}

/**
 * An editable list before anything loaded: no page, no detail, no form sent, no delete asked for.
 *
 * @example
 * const initialOrganizationsState = initialEditableList({ page: 1, limit: 20, search: '' }, 'organization');
 */
export function initialEditableList<Query, Key extends string>(query: Query, key: Key) {
  return initialPagedList(query, { detail: initialDetail(key), edit: initialEditState, removal: initialRemovalState });
}

/**
 * Validates a request body with the contract's own schema before it is sent: `null` when it is valid, else
 * the first message per top-level field (a root-level message goes under `_`).
 *
 * @example
 * validateFields(CreateOrganizationBody, { name: '', slug: 'Acme Corp', plan: 'pro' });
 * // { name: 'Too small: expected string to have >=1 characters', slug: 'lowercase letters, digits and single dashes' }
 */
export function validateFields(schema: z.core.$ZodType, input: unknown): FieldErrors | null {
  const result = z.safeParse(schema, input, readableIssues);
  if (result.success) return null;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length === 0 ? '_' : String(issue.path[0]);
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The fields a server refusal names, or `null` when it names none (then the refusal is a general failure).
 * A 400 names fields as `body.<field>: <message>` (several joined by `; `, the mock backend's and our
 * servers' format). A 409 has no field in its code; `conflicts` says which field a conflict is about by a
 * pattern of its message (`{ email: /email/i }`), so "A user with email … already exists" lands on `email`.
 *
 * @example
 * serverFieldErrors(error, { slug: /slug/i }); // { slug: 'An organization with slug acme already exists' }
 */
export function serverFieldErrors(
  error: unknown,
  conflicts: Readonly<Record<string, RegExp>> = {},
): FieldErrors | null {
  const request = readRequestError(error);
  if (request === null) return null;
  const message = request.serverMessage ?? '';
  if (request.code === 'BAD_REQUEST') {
    const errors: Record<string, string> = {};
    for (const part of message.split('; ')) {
      const match = /^body\.([^.:\s]+)[^:]*:\s*(.*)$/.exec(part);
      if (match?.[1] !== undefined) errors[match[1]] ??= match[2] ?? '';
    }
    return Object.keys(errors).length > 0 ? errors : null;
  }
  if (request.code === 'CONFLICT') {
    for (const [field, pattern] of Object.entries(conflicts)) {
      if (pattern.test(message)) return { [field]: message };
    }
  }
  return null;
}

/**
 * A create or update form to send: the contract's body schema and what the coordinator typed, what a 409 is
 * about (`conflicts`, as for `serverFieldErrors`) and the request.
 *
 * @example
 * const submission: EditSubmission<UpdateContactBody, Contact> = { intent: 'update', savedId: id, schema: UpdateContactBody, input: changes, conflicts: { email: /email/i }, send: (body, signal) => client.contacts.update(id, body, { signal }) };
 */
export interface EditSubmission<Body, Saved> {
  intent: 'create' | 'update';
  /** The record being updated (`null` for a create). */
  savedId: string | null;
  schema: z.core.$ZodType<Body>;
  input: unknown;
  conflicts: Readonly<Record<string, RegExp>>;
  send(body: Body, signal: AbortSignal): Promise<Saved>;
}

/**
 * Sends a form the way every editable list does: checked with the contract's schema first (a refusal names
 * the fields and sends nothing), `loading` while it is sent under the guard, and a refusal on its fields (a 400
 * naming them, a 409 the `conflicts` place) or as a general failure. Resolves with the server's answer, or
 * `null` when the form was refused or aborted; the caller shows the success its own way.
 *
 * @example
 * const sent = await submitEdit(this, emit, this.guard, submission);
 * if (sent) emit({ ...this.state, edit: { ...initialEditState, status: 'success', intent: 'create', savedId: sent.saved.id } });
 */
export async function submitEdit<State extends { readonly edit: EditState }, Body, Saved>(
  bloc: { readonly state: State },
  emit: Emitter<State>,
  guard: ScopeGuard,
  submission: EditSubmission<Body, Saved>,
): Promise<{ readonly saved: Saved } | null> {
  const { intent, savedId } = submission;
  const refuse = (fieldErrors: FieldErrors, failure: Failure) =>
    emit({ ...bloc.state, edit: { ...initialEditState, status: 'failure', intent, savedId, fieldErrors, failure } });
  const invalid = validateFields(submission.schema, submission.input);
  if (invalid) {
    refuse(invalid, failureOf('VALIDATION'));
    return null;
  }
  emit({ ...bloc.state, edit: { ...initialEditState, status: 'loading', intent, savedId } });
  try {
    const body = z.parse(submission.schema, submission.input, readableIssues);
    return { saved: await guard.run(emit.signal, (signal) => submission.send(body, signal)) };
  } catch (error) {
    if (!isAbort(error)) refuse(serverFieldErrors(error, submission.conflicts) ?? {}, toFailure(error));
    return null;
  }
}

/**
 * Deletes one record of a list under the guard: `removal` says where it stands; on success a detail of that
 * record is closed (`noDetail`). Resolves true when the server deleted it (the caller reads the page again).
 *
 * @example
 * if (await removeRecord(this, emit, this.guard, id, (signal) => client.contacts.remove(id, { signal }), noDetail)) await reload();
 */
export async function removeRecord<
  State extends { readonly removal: RemovalState; readonly detail: { readonly id: string | null } },
>(
  bloc: { readonly state: State },
  emit: Emitter<State>,
  guard: ScopeGuard,
  id: string,
  send: (signal: AbortSignal) => Promise<unknown>,
  noDetail: State['detail'],
): Promise<boolean> {
  emit({ ...bloc.state, removal: { status: 'loading', id, failure: null } });
  try {
    await guard.run(emit.signal, send);
  } catch (error) {
    if (!isAbort(error)) emit({ ...bloc.state, removal: { status: 'failure', id, failure: toFailure(error) } });
    return false;
  }
  const closed = bloc.state.detail.id === id ? { detail: noDetail } : {};
  emit({ ...bloc.state, removal: { status: 'success', id, failure: null }, ...closed });
  return true;
}
