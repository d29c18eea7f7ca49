import { type RefObject, useEffect } from 'react';

/**
 * After a submit that came back with field errors, moves focus to the first invalid field of the form, so a
 * keyboard or screen reader user lands on what to fix instead of staying on the save button.
 * `errors` is the submit's result; each new result with errors moves focus once.
 *
 * @example
 * useFocusFirstInvalid(formRef, edit.fieldErrors);
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: object): void {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
