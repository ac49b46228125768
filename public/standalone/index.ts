// Entry of the standalone page: reads the host's config and loads the shell and panel on demand, so the
// first script stays a few hundred bytes and the page shows its loading state at once.
import { CONFIG_GLOBAL, readStandaloneConfig } from './config';

const ROOT_ID = 'ssm-recon-root';

async function start(): Promise<void> {
  const element = document.getElementById(ROOT_ID);
  if (!element) return;
  const config = readStandaloneConfig(
    (window as unknown as Record<string, unknown>)[CONFIG_GLOBAL],
  );
  try {
    const { mountStandalone } = await import('./shell');
    element.replaceChildren();
    mountStandalone(element, config);
  } catch (error) {
    element.setAttribute('role', 'alert');
    element.textContent = `The page could not load: ${error instanceof Error ? error.message : String(error)}. Reload to try again.`;
  }
}

void start();
