import { CircleCheck, X } from 'lucide-react';
import { useEffect, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/i18n.js';

interface Toast {
  readonly id: number;
  readonly message: string;
}

/** How long a toast stays: long enough to read two lines, short enough not to pile up. */
const SHOWN_MS = 6_000;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

/**
 * Says that something the coordinator did has happened (saved, deleted, undone, imported), in the page's polite
 * live region, so a screen reader reads it without moving focus.
 *
 * @example
 * showToast(t('toast.saved', { name: 'Jæren' }));
 */
export function showToast(message: string): void {
  toasts = [...toasts.slice(-2), { id: nextId++, message }];
  changed();
}

function dismiss(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id);
  changed();
}

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useI18n();
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast.id]);
  return (
    <div className="toast">
      <CircleCheck className="icon" aria-hidden="true" />
      <span>{toast.message}</span>
      <button type="button" className="link-button" aria-label={t('dialog.close')} onClick={() => dismiss(toast.id)}>
        <X className="icon" aria-hidden="true" />
      </button>
    </div>
  );
}

/** The app's one live region for toasts, always in the page so a new message is announced. */
export function ToastRegion() {
  const shown = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
    () => toasts,
  );
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {shown.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
