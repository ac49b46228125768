// Jest setup for the browser code: DOM matchers, axe, and the browser APIs jsdom lacks that EUI and charts use.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// EUI components take `data-test-subj`, Kibana's convention, rather than `data-testid`. Lazy chunks (chart,
// markdown) load on first use; on a busy machine that takes longer than Testing Library's 1 s default.
configure({ testIdAttribute: 'data-test-subj', asyncUtilTimeout: 10_000 });

// Browser stand-ins; a test that opts into the node environment (a bundle check) has no window.
if (typeof window !== 'undefined') {
  // @elastic/charts and some EUI components measure their container.
  class ResizeObserverStandIn {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', {
      writable: true,
      value: ResizeObserverStandIn,
    });
  }

  // EUI reads media queries (colour mode "system", responsive helpers).
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }

  // EuiCodeBlock and scroll helpers call these; jsdom has no layout.
  if (!window.HTMLElement.prototype.scrollIntoView) {
    window.HTMLElement.prototype.scrollIntoView = () => undefined;
  }
}

// EUI's test build renders icons synchronously (no async icon loading, so no act() warnings) and keeps ids stable.
jest.mock('@elastic/eui', () => jest.requireActual('@elastic/eui/test-env'));
