// Entry of the standalone page: loads the host's config and the shell (with the panel) at the same time, so
// the first script stays well under a kilobyte and the page shows its loading line at once.
import { loadStandaloneConfig } from './config';

const ROOT_ID = 'ssm-recon-root';

async function start(): Promise<void> {
  const element = document.getElementById(ROOT_ID);
  if (!element) return;
  try {
    const [config, { mountStandalone }] = await Promise.all([
      loadStandaloneConfig(window as unknown as Record<string, unknown>, (input, init) =>
        window.fetch(input, init),
      ),
      import('./shell'),
    ]);
    element.replaceChildren();
    mountStandalone(element, config);
  } catch (error) {
    element.setAttribute('role', 'alert');
    element.textContent = `The page could not load: ${error instanceof Error ? error.message : String(error)}. Reload to try again.`;
  }
}

void start();
