// The markdown renderer, loaded on demand: its parser and code highlighter are large, and the rest of the
// panel need not wait for them.
import { lazy, Suspense } from 'react';
import { EuiSkeletonText } from '@elastic/eui';

const GuideMarkdown = lazy(() =>
  import('./guide_markdown').then((module) => ({ default: module.GuideMarkdown })),
);

export function LazyGuideMarkdown({ markdown }: { markdown: string }) {
  return (
    <Suspense
      fallback={
        <EuiSkeletonText lines={6} isLoading contentAriaLabel="the investigation guide text" />
      }
    >
      <GuideMarkdown markdown={markdown} />
    </Suspense>
  );
}
