import { Suspense, useEffect, useMemo, useRef } from 'react';
import { Skeleton } from '../components/ui/states.js';
import { I18nProvider, type MessageKey, useI18n } from '../i18n/i18n.js';
import { DevPanel } from './dev-panel.js';
import { Link, useLocation } from './router.js';
import { SCREENS, screenPath } from './screens.js';
import type { Services } from './services.js';
import { ServicesProvider } from './services-context.js';
import { NAV, Shell } from './shell.js';

const TITLES: Readonly<Record<string, MessageKey>> = Object.fromEntries(NAV);

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="state">
      <p>{t('state.notFound')}</p>
      <Link href="/">{t('state.notFound.home')}</Link>
    </div>
  );
}

function Routes() {
  const { pathname } = useLocation();
  const { t } = useI18n();
  const path = screenPath(pathname);
  const screen = SCREENS[path];
  const title = TITLES[path];
  useEffect(() => {
    document.title = `${title ? t(title) : t('state.notFound')} — ${t('app.title')}`;
  }, [title, t]);
  const shown = useRef(path);
  useEffect(() => {
    // After an in-app navigation, a screen reader starts at the new screen rather than at the old link.
    if (shown.current === path) return;
    shown.current = path;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  // Chosen once per path: switching from the lazy wrapper to the loaded screen later would remount the screen.
  const Screen = useMemo(() => (screen ? (screen.loaded ?? screen.Component) : null), [screen]);
  if (!Screen) return <NotFound />;
  // Each screen is its own chunk: until it has arrived, the screen area shows the same skeleton as a loading
  // session, inside the shell that is already there.
  return (
    <Suspense fallback={<Skeleton rows={4} />}>
      <Screen />
    </Suspense>
  );
}

/** The dashboard app: locale, shared services, the shell and the screen for the current path. */
export function App({ services }: { services: Services }) {
  return (
    <I18nProvider>
      <ServicesProvider services={services}>
        <Shell devPanel={<DevPanel />}>
          <Routes />
        </Shell>
      </ServicesProvider>
    </I18nProvider>
  );
}
