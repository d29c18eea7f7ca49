import { Copy } from 'lucide-react';
import { useI18n } from '../../i18n/i18n.js';
import { NameText } from './name-text.js';

/**
 * A name where the server sent an id: the name once it is known (the id until then, or when no list names it),
 * with the id in its title and a button that copies it, for a coordinator who needs the id itself.
 */
export function PersonName({ id, name }: { id: string; name: string | undefined }) {
  const { t } = useI18n();
  return (
    <span className="resolved-name" data-id={id}>
      {name ? (
        <span title={id}>
          <NameText text={name} />
        </span>
      ) : (
        <code>{id}</code>
      )}
      {name ? (
        <button
          type="button"
          className="icon-button"
          title={t('ids.copy', { id })}
          aria-label={t('ids.copy', { id })}
          onClick={() => void navigator.clipboard?.writeText(id).catch(() => undefined)}
        >
          <Copy className="icon" aria-hidden="true" />
        </button>
      ) : null}
    </span>
  );
}
