import { useRef, useState } from 'react';
import { clampSearch, SEARCH_MAX_LENGTH } from './search-limit.js';

export interface SearchFieldProps {
  id: string;
  label: string;
  /** The search the URL asks for: shown at first, and again when a link or back/forward changes it. */
  value: string;
  onSearch: (text: string) => void;
}

/**
 * A search box that shows what is typed at once while its bloc waits out the debounce (the blocs' query changes
 * only when the search runs, so a box bound to it would drop keystrokes), and takes the URL's search when it
 * changes from outside (a link, back and forward) rather than from this box's own typing.
 *
 * @example
 * <SearchField id="orgs-search" label={t('orgs.search')} value={url.q} onSearch={onSearch} />
 */
export function SearchField({ id, label, value, onSearch }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const typed = useRef(new Set<string>([value]));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    // The URL catching up with this box's own typing is no reason to overwrite what is typed since.
    if (!typed.current.has(value)) {
      typed.current = new Set([value]);
      setText(value);
    }
  }
  return (
    <div className="field field-grow">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={SEARCH_MAX_LENGTH}
        onChange={(event) => {
          const next = clampSearch(event.target.value);
          typed.current.add(next);
          setText(next);
          onSearch(next);
        }}
      />
    </div>
  );
}
