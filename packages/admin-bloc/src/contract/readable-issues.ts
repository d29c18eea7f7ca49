import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * Parse options that keep validation messages readable. `zod/mini` loads no locale, so without them every issue
 * would read "Invalid input"; with them an issue reads as full zod's English does ("Invalid email address",
 * "Too big: expected number to be <=100"), which the client's INVALID_RESPONSE errors, the mocks' 400 answers and
 * the forms' field errors show. A locale or error map the application configured with `z.config()` wins.
 *
 * @example
 * const result = NewDataUser.safeParse(input, readableIssues);
 * if (!result.success) console.log(result.error.issues[0]?.message); // 'Invalid email address'
 */
export const readableIssues: z.core.ParseContext<z.core.$ZodIssue> = { error: englishUnlessConfigured };

let english: z.core.$ZodErrorMap | undefined;

function englishUnlessConfigured(issue: Parameters<z.core.$ZodErrorMap>[0]) {
  const config = z.config();
  if (config.customError || config.localeError) return undefined;
  english ??= en().localeError;
  return english(issue);
}
