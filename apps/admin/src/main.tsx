import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { readConfig } from './app/config.js';
import { readMockProfile } from './app/mock-profile.js';
import { preloadScreen, warmScreen } from './app/screens.js';
import { createServices, type MockControls } from './app/services.js';
import './app/styles.css';

const config = readConfig(import.meta.env);

/**
 * Mock mode starts MSW's service worker before the first render, so the very first request is answered by the
 * seeded mock backend. The import is dynamic: a real-mode build never loads the mocks chunk.
 */
async function startMocks(): Promise<MockControls | null> {
  if (config.mode !== 'mock') return null;
  const { startMockWorker, DEMO_TOKENS, DEMO_PEOPLE } = await import('admin-bloc/mocks');
  const profile = readMockProfile(import.meta.env.VITE_MOCK_PROFILE);
  const mock = await startMockWorker({ profile });
  return {
    profile,
    faults: mock.faults,
    tokens: DEMO_TOKENS,
    superAdminId: DEMO_PEOPLE.superAdmin,
    reset: () => mock.reset(),
  };
}

// The first screen's chunk downloads while the mock backend starts, not after the first render asks for it.
preloadScreen(location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startMocks()
  .then((mock) => {
    const services = createServices(config, mock);
    warmScreen(location.pathname, services);
    // Closing or leaving the tab during a delete's undo window sends the delete instead of losing it.
    window.addEventListener('pagehide', () => services.leaving(true));
    window.addEventListener('pageshow', () => services.leaving(false));
    createRoot(root).render(
      <StrictMode>
        <App services={services} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    // Without the mock backend nothing works; say so on the page instead of leaving it blank.
    root.textContent = `The mock backend could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  });
