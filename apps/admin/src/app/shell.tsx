import type { Failure } from 'admin-bloc';
import { useBlocState } from 'admin-bloc/react';
import {
  Activity,
  Building2,
  ContactRound,
  HandHeart,
  LayoutDashboard,
  type LucideIcon,
  Menu,
  ScrollText,
  ServerCog,
  Users,
  X,
} from 'lucide-react';
import { type ReactNode, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { ErrorState, Skeleton } from '../components/ui/states.js';
import { ToastRegion } from '../components/ui/toasts.js';
import { type Locale, type MessageKey, useI18n } from '../i18n/i18n.js';
import { Link, useLocation } from './router.js';
import { ScopeSelector } from './scope-selector.js';
import { ScopeUrl } from './scope-url.js';
import { type DemoRole, storeDemoRole, storedDemoRole } from './services.js';
import { useServices } from './services-context.js';

export const NAV: readonly (readonly [string, MessageKey])[] = [
  ['/', 'nav.dashboard'],
  ['/users', 'nav.users'],
  ['/activity', 'nav.activity'],
  ['/contacts', 'nav.contacts'],
  ['/peer-mentors', 'nav.peerMentors'],
  ['/organizations', 'nav.organizations'],
  ['/platform', 'nav.platform'],
  ['/audit', 'nav.audit'],
];

const NAV_ICONS: Readonly<Record<string, LucideIcon>> = {
  '/': LayoutDashboard,
  '/users': Users,
  '/activity': Activity,
  '/contacts': ContactRound,
  '/peer-mentors': HandHeart,
  '/organizations': Building2,
  '/platform': ServerCog,
  '/audit': ScrollText,
};

const DEMO_ROLES: readonly DemoRole[] = ['admin', 'superAdmin', 'scopedAdmin', 'nonAdmin', 'expired'];

/** Mock mode only: sign in as one of the mock backend's demo callers. */
function DemoSwitch() {
  const services = useServices();
  const { t } = useI18n();
  // The choice, not the token: a 401 clears the token, but the select should still say which demo user it was.
  const [current, setCurrent] = useState<DemoRole>(storedDemoRole);
  const signedIn = useBlocState(services.sessionBloc, (session) => session.signedIn);
  useEffect(() => {
    // Signing in again from the signed-out screen may have changed the stored choice.
    if (signedIn) setCurrent(storedDemoRole());
  }, [signedIn]);
  if (!services.mock) return null;
  return (
    <label className="field-inline">
      <span className="visually-hidden">{t('demo.label')}</span>
      <select
        value={current}
        onChange={(event) => {
          const role = event.target.value as DemoRole;
          storeDemoRole(role);
          setCurrent(role);
          // Another demo user is another session: what this one confirmed is sent first.
          void services.confirmed
            .sendAll()
            .then(() => services.sessionBloc.add({ type: 'session/signedIn', token: services.tokenFor(role) }));
        }}
      >
        {DEMO_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`demo.${role}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="field-inline">
      <span>{t('lang.label')}</span>
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        <option value="nb" lang="nb">
          Norsk bokmål
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}

function Who() {
  const { sessionBloc, confirmed } = useServices();
  const signOut = async () => {
    // A delete confirmed and still in its undo window goes out while the session can still send it.
    await confirmed.sendAll();
    await sessionBloc.add({ type: 'session/signedOut' });
  };
  const { t } = useI18n();
  const session = useBlocState(sessionBloc);
  if (!session.admin || !session.role) return null;
  return (
    <div className="who">
      <span className="visually-hidden">{t('session.signedInAs')}</span>
      <strong data-testid="admin-name">{session.admin.name}</strong>{' '}
      <span className="badge" data-testid="admin-role">
        {t(`session.role.${session.role}`)}
      </span>
      <button type="button" className="link-button" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}

/** The screen for a session that ended (a 401 anywhere) or was never started. */
function SignedOutScreen() {
  const services = useServices();
  const { t } = useI18n();
  const reason = useBlocState(services.sessionBloc, (session) => session.signedOutReason);
  const signInAgain = () => {
    // An expired demo session signs in again as the root org's admin.
    const demoRole = storedDemoRole() === 'expired' ? 'admin' : storedDemoRole();
    const token =
      services.mock !== null
        ? services.tokenFor(demoRole)
        : services.config.mode === 'real'
          ? services.config.token
          : undefined;
    if (services.mock) storeDemoRole(demoRole);
    if (token) void services.sessionBloc.add({ type: 'session/signedIn', token });
  };
  const [token, setToken] = useState('');
  // Against a real backend without a configured token, the admin pastes their own Bearer token here.
  const askForToken = services.config.mode === 'real' && !services.config.token;
  return (
    <section className="state state-signed-out" aria-labelledby="signed-out-title">
      <h1 id="signed-out-title">{t(reason === null ? 'state.signIn.title' : 'state.signedOut.title')}</h1>
      <p>
        {t(
          reason === null
            ? 'state.signIn.body'
            : reason === 'signedOut'
              ? 'state.signedOut.byChoice'
              : 'state.signedOut.body',
        )}
      </p>
      {askForToken ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim() !== '') void services.sessionBloc.add({ type: 'session/signedIn', token: token.trim() });
          }}
        >
          <div className="field">
            <label htmlFor="sign-in-token">{t('state.signedOut.token')}</label>
            <input
              id="sign-in-token"
              type="password"
              autoComplete="off"
              value={token}
              onChange={(event) => setToken(event.target.value)}
            />
          </div>
          <button type="submit">{t(reason === null ? 'state.signIn.action' : 'state.signedOut.again')}</button>
        </form>
      ) : (
        <button type="button" onClick={signInAgain}>
          {t('state.signedOut.again')}
        </button>
      )}
    </section>
  );
}

/**
 * The whole app refused (the token is valid but not an admin's). Unlike one screen's forbidden state, nothing else
 * works here, so it offers the way out: signing out, then in with another token.
 */
function NotAnAdminScreen() {
  const { sessionBloc } = useServices();
  const { t } = useI18n();
  return (
    <section className="state state-forbidden" aria-labelledby="not-admin-title">
      <h1 id="not-admin-title">{t('state.forbidden.title')}</h1>
      <p>{t('state.forbidden.body')}</p>
      <button type="button" onClick={() => void sessionBloc.add({ type: 'session/signedOut' })}>
        {t('session.signOut')}
      </button>
    </section>
  );
}

/**
 * Says what was sent early because the coordinator moved on (signed out, switched user) during an undo window:
 * a confirmed action is never lost, and never sent without a word.
 */
function SentNotice() {
  const { confirmed } = useServices();
  const { t } = useI18n();
  const sent = useSyncExternalStore(
    (listener) => confirmed.subscribe(listener),
    () => confirmed.lastSent,
  );
  if (sent.length === 0) return null;
  return (
    <div className="sent-notice" role="status">
      <p>{t('confirmed.deletesSent', { names: sent.map((action) => action.name).join(', ') })}</p>
      <button type="button" className="link-button" onClick={() => confirmed.dismiss()}>
        {t('confirmed.dismiss')}
      </button>
    </div>
  );
}

/**
 * A start-up read failed (who the admin is, or the org tree every screen's scope comes from): no screen can start
 * without it, so instead of a skeleton that never ends the shell says what went wrong and offers to read again.
 */
function StartFailedScreen({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <section className="start-failed" aria-labelledby="start-failed-title">
      <h1 id="start-failed-title">{t('state.startFailed.title')}</h1>
      <ErrorState failure={failure} onRetry={onRetry} />
    </section>
  );
}

/**
 * The start-up reads that failed, and a retry that reads each of them again (the session's admin lookup, the org
 * tree, the remembered scope). A navigation retries too: a coordinator who clicks on after a failure asks for data.
 */
function useStartUp() {
  const { sessionBloc, orgTree, selectedOrg } = useServices();
  const session = useBlocState(sessionBloc);
  const tree = useBlocState(orgTree);
  const failure =
    session.signedIn && session.status === 'failure' && session.failure && !session.failure.forbidden
      ? session.failure
      : session.signedIn && tree.status === 'failure' && tree.failure
        ? tree.failure
        : null;
  const retry = useCallback(() => {
    // Every start-up read that has not succeeded, including one still on its way: one read failing first shows
    // the failure while another may still be waiting for an answer decided before the coordinator cleared the
    // fault; left alone, that answer failed after the retry and brought the failure back (the e2e suite's
    // Plattform flake). A restart aborts it and reads again.
    const unfinished = (status: string) => status === 'failure' || status === 'loading';
    if (unfinished(sessionBloc.state.status)) void sessionBloc.add({ type: 'session/reloadRequested' });
    if (unfinished(orgTree.state.status)) void orgTree.add({ type: 'orgTree/reloadRequested' });
    if (unfinished(selectedOrg.state.status)) void selectedOrg.add({ type: 'selectedOrg/restoreRequested' });
  }, [sessionBloc, orgTree, selectedOrg]);
  return { failure, retry };
}

/**
 * The frame of every screen: header (scope, admin and role, demo switch, language), navigation, and the gate
 * that shows the signed-out screen after a 401 and the forbidden screen for a caller who is not an admin.
 */
export function Shell({ children, devPanel }: { children: ReactNode; devPanel?: ReactNode }) {
  const { sessionBloc } = useServices();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const session = useBlocState(sessionBloc);
  const signedIn = session.signedIn;
  const startUp = useStartUp();
  const { retry } = startUp;
  const failed = startUp.failure !== null;
  const shownPath = useRef(pathname);
  useEffect(() => {
    // Going to another screen after a failed start reads again what failed.
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    if (failed) retry();
  }, [pathname, failed, retry]);
  // The screen starts once the org scope is known, while the admin behind the token may still be looked up: its
  // requests then go out with that lookup instead of after it (a cold load is two rounds: the session's, then
  // everything else). Screens never start without a scope, so filters they apply at once are not reset by it.
  const started = session.status === 'success' || (session.status === 'loading' && session.scope !== null);
  const content = !signedIn ? (
    <SignedOutScreen />
  ) : session.failure?.forbidden ? (
    <NotAnAdminScreen />
  ) : startUp.failure ? (
    <StartFailedScreen failure={startUp.failure} onRetry={retry} />
  ) : !started ? (
    <Skeleton rows={4} />
  ) : (
    children
  );
  // Below 60rem (a tablet, a phone) the navigation and the header's controls fold into the menu button.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const navId = useId();
  // Opening a screen closes the menu, so the screen is what the coordinator sees next.
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  useEffect(() => {
    if (!menuOpen) return;
    // Escape closes the open menu and gives focus back to its button (unless a popup inside it took the key).
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  useEffect(() => {
    if (!menuOpen) return;
    // Focus moves into the opened menu: its first control (the scope button, or the first link).
    const first = document.querySelector<HTMLElement>(
      `[id="${menuId}"] button, [id="${menuId}"] select, [id="${navId}"] a`,
    );
    first?.focus();
  }, [menuOpen, menuId, navId]);
  const navShown = signedIn && session.status === 'success';
  return (
    <div className="app" data-menu-open={menuOpen}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <LayoutDashboard className="icon" aria-hidden="true" />
          {t('app.title')}
        </div>
        <button
          ref={menuButtonRef}
          type="button"
          className="icon-button menu-button"
          aria-expanded={menuOpen}
          aria-controls={navShown ? `${menuId} ${navId}` : menuId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? <X className="icon" aria-hidden="true" /> : <Menu className="icon" aria-hidden="true" />}
          <span>{t(menuOpen ? 'nav.closeMenu' : 'nav.menu')}</span>
        </button>
        <div className="app-menu" id={menuId}>
          {signedIn && session.status === 'success' ? <ScopeSelector /> : null}
          <div className="header-end">
            <Who />
            <DemoSwitch />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <div className="app-body">
        {navShown ? (
          <nav className="app-nav" id={navId} aria-label={t('nav.label')}>
            <ul>
              {NAV.map(([href, label]) => {
                const current = href === '/' ? pathname === '/' : pathname.startsWith(href);
                const Icon = NAV_ICONS[href] ?? LayoutDashboard;
                return (
                  <li key={href}>
                    <Link href={href} aria-current={current ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                      <Icon className="icon" aria-hidden="true" />
                      {t(label)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        ) : null}
        <main id="main" className="app-main" tabIndex={-1}>
          {signedIn && session.status === 'success' ? <ScopeUrl /> : null}
          <SentNotice />
          {content}
        </main>
      </div>
      {devPanel}
      <ToastRegion />
    </div>
  );
}
