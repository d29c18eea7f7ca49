import { useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { type MockProfileChoice, switchMockProfile } from './mock-profile.js';
import { useServices } from './services-context.js';

/**
 * Mock mode only: latency and failure injection for the MSW backend in the page, to see every loading, error
 * and rollback state by hand. (The same faults can be set from the first URL: `?mockLatency=800&mockFail=data.users.update:500`.)
 */
export function DevPanel() {
  const { mock } = useServices();
  const { t } = useI18n();
  const faults = useSyncExternalStore(
    (listener) => mock?.faults.subscribe(listener) ?? (() => undefined),
    () => mock?.faults.get() ?? null,
  );
  const [pattern, setPattern] = useState('data.users.update');
  const [status, setStatus] = useState('500');
  if (!mock || !faults) return null;
  const latency = typeof faults.latency === 'number' ? faults.latency : 0;
  const failing = Object.entries(faults.fail ?? {});
  return (
    <details className="dev-panel">
      <summary>{t('dev.title')}</summary>
      <div className="dev-body">
        <div className="field">
          <label htmlFor="dev-profile">{t('dev.profile')}</label>
          <select
            id="dev-profile"
            value={mock.profile ?? 'strict'}
            onChange={(event) => switchMockProfile(event.target.value as MockProfileChoice)}
          >
            <option value="strict">{t('dev.profile.strict')}</option>
            <option value="liberal">{t('dev.profile.liberal')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="dev-latency">{t('dev.latency', { ms: latency })}</label>
          <input
            id="dev-latency"
            type="range"
            min={0}
            max={3000}
            step={100}
            value={latency}
            onChange={(event) => mock.faults.set({ latency: Number(event.target.value) || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor="dev-rate">{t('dev.errorRate', { percent: Math.round((faults.errorRate ?? 0) * 100) })}</label>
          <input
            id="dev-rate"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={faults.errorRate ?? 0}
            onChange={(event) => mock.faults.set({ errorRate: Number(event.target.value) || undefined })}
          />
        </div>
        <fieldset className="dev-fail">
          <legend>{t('dev.fail')}</legend>
          <div className="field">
            <label htmlFor="dev-pattern">{t('dev.endpoint')}</label>
            <input id="dev-pattern" value={pattern} onChange={(event) => setPattern(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="dev-status">{t('dev.status')}</label>
            <select id="dev-status" value={status} onChange={(event) => setStatus(event.target.value)}>
              {['500', '503', '429', '403', '401', '404', '409', 'network'].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="secondary"
            disabled={pattern.trim() === ''}
            onClick={() =>
              mock.faults.set({
                fail: { ...faults.fail, [pattern.trim()]: status === 'network' ? 'network' : Number(status) },
              })
            }
          >
            {t('dev.add')}
          </button>
          {failing.length > 0 ? (
            <ul>
              {failing.map(([endpoint, answer]) => (
                <li key={endpoint}>
                  <code>{endpoint}</code> → {answer}
                </li>
              ))}
            </ul>
          ) : null}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={() => mock.faults.reset()}>
            {t('dev.clear')}
          </button>
          <button type="button" className="danger" onClick={() => mock.reset()}>
            {t('dev.resetDb')}
          </button>
        </div>
      </div>
    </details>
  );
}
