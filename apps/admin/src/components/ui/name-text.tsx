/** Longer than this, a name is shown clamped, with the whole of it in its title and on focus. */
const LONG_NAME = 60;

/**
 * A name (a person's, an organisation's, an e-mail) as the server sent it: bidi-isolated (`<bdi>`), so a U+202E
 * or a right-to-left name cannot reverse the rest of its row or sentence, and clamped to two lines when long (an
 * unbroken 3,000-character name wraps anywhere instead of widening the page), the whole name in its title for a
 * pointer and shown in full while focused for a keyboard. `focusable`: false when the name sits inside a control
 * that takes focus itself (a button), which then shows it in full.
 *
 * @example
 * <td><NameText text={organization.name} /></td>
 */
export function NameText({ text, focusable = true }: { text: string; focusable?: boolean }) {
  const long = text.length > LONG_NAME;
  return (
    <bdi
      className={long ? 'name-text name-text-long' : 'name-text'}
      title={long ? text : undefined}
      // A clamped name must be reachable by keyboard to be read whole.
      tabIndex={long && focusable ? 0 : undefined}
    >
      {text}
    </bdi>
  );
}
