/**
 * A value as the app's sentences hold it: between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE,
 * so a right-to-left name cannot reorder the words around it. Spelled out here rather than imported from the
 * i18n module, so a test pins the marks themselves.
 *
 * @example
 * screen.getByRole('button', { name: `Slett ${isolated('Anna Berg')}` });
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
