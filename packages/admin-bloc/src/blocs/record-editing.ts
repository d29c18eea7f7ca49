import * as z from 'zod/mini';
import { AdminApiError } from '../api/admin-api-error.js';
import { readableIssues } from '../contract/readable-issues.js';
import { Failure } from './shared/failure.js';
import { Status } from './shared/status.js';

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
export const EditState = z.object({
  status: Status,
  intent: z.nullable(z.enum(['create', 'update'])),
  /** The record being updated (update), or the record the server created (create, after success). */
  savedId: z.nullable(z.string()),
  fieldErrors: FieldErrors,
  failure: z.nullable(Failure),
});
export type EditState = z.infer<typeof EditState>;

/**
 * No form sent yet.
 *
 * @example
 * emit({ ...state, edit: initialEditState });
 */
export const initialEditState: EditState = {
  status: 'initial',
  intent: null,
  savedId: null,
  fieldErrors: {},
  failure: null,
};

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
  if (!(error instanceof AdminApiError)) return null;
  const message = error.serverMessage ?? '';
  if (error.code === 'BAD_REQUEST') {
    const errors: Record<string, string> = {};
    for (const part of message.split('; ')) {
      const match = /^body\.([^.:\s]+)[^:]*:\s*(.*)$/.exec(part);
      if (match?.[1] !== undefined) errors[match[1]] ??= match[2] ?? '';
    }
    return Object.keys(errors).length > 0 ? errors : null;
  }
  if (error.code === 'CONFLICT') {
    for (const [field, pattern] of Object.entries(conflicts)) {
      if (pattern.test(message)) return { [field]: message };
    }
  }
  return null;
}
