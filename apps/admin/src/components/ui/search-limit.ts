/**
 * The longest search or filter text the screens send. A pasted 10 000-character string would otherwise make a
 * request URL a server or proxy may refuse (414/400) on every keystroke; no name or e-mail is near this long.
 */
export const SEARCH_MAX_LENGTH = 200;

/**
 * A typed, pasted or linked search text cut to {@link SEARCH_MAX_LENGTH}. `maxLength` on the input stops typing
 * and pasting; this also covers values set by script or read from a URL.
 *
 * @example
 * clampSearch('x'.repeat(10_000)).length; // 200
 */
export function clampSearch(text: string): string {
  return text.length > SEARCH_MAX_LENGTH ? text.slice(0, SEARCH_MAX_LENGTH) : text;
}
