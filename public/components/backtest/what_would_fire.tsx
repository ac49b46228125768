// "What would fire": the backtest run on demand — alerts per day with their baseline, the alerts, the forecast —
// and the tuning it suggests, with the rule's current exceptions. Presentational: data and writes come from
// use_backtest.ts through props.
import {
  EuiButton,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiSelect,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { useState } from 'react';
import {
  BACKTEST_DEFAULT_DAYS,
  type ExceptionSuggestion,
  type ExceptionsResponse,
} from '../../../common/api';
import { plural } from '../../../common/format';
import type { ApiResource } from '../../hooks/use_api_resource';
import type { BacktestRun, ExceptionChanges } from '../../hooks/use_backtest';
import { SectionPanel } from '../section';
import { BacktestAlertsTable } from './backtest_alerts_table';
import { ExceptionList } from './exception_list';
import { LazyBacktestChart } from './lazy_backtest_chart';
import { SuggestionList } from './suggestion_list';

const DAY_CHOICES = [1, 3, 7, 14, 30];

export interface WhatWouldFireProps {
  backtest: BacktestRun;
  exceptions: ApiResource<ExceptionsResponse>;
  changes: ExceptionChanges;
  canWrite: boolean;
  readOnlyReason: string | null;
}

export function WhatWouldFire({
  backtest,
  exceptions,
  changes,
  canWrite,
  readOnlyReason,
}: WhatWouldFireProps) {
  const [days, setDays] = useState(BACKTEST_DEFAULT_DAYS);
  const result = backtest.data;
  const add = (suggestion: ExceptionSuggestion) =>
    changes.add({ entries: suggestion.entries, name: suggestion.name });
  return (
    <SectionPanel
      title="What would fire"
      description="The alerts the rule would have raised had it run on schedule over the last days, on this cluster's own data."
      data-test-subj="whatWouldFire"
      actions={
        <EuiFlexGroup gutterSize="s" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiSelect
              compressed
              aria-label="Days to backtest"
              value={days}
              options={DAY_CHOICES.map((value) => ({
                value,
                text: `Last ${plural(value, 'day')}`,
              }))}
              onChange={(event) => setDays(Number(event.target.value))}
            />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            {backtest.isRunning ? (
              <EuiButton size="s" onClick={backtest.cancel} data-test-subj="backtestCancel">
                Cancel
              </EuiButton>
            ) : (
              <EuiButton
                size="s"
                fill
                onClick={() => backtest.run(days)}
                data-test-subj="backtestRun"
              >
                {result ? 'Run again' : 'Run backtest'}
              </EuiButton>
            )}
          </EuiFlexItem>
        </EuiFlexGroup>
      }
    >
      {backtest.error ? (
        <EuiCallOut color="danger" iconType="error" title="The backtest failed" role="alert">
          <p>{backtest.error.message}</p>
        </EuiCallOut>
      ) : null}
      {backtest.isRunning ? (
        <EuiText size="s" color="subdued" data-test-subj="backtestRunning">
          <p>Replaying the rule’s schedule…</p>
        </EuiText>
      ) : null}
      {result ? (
        <div data-test-subj="backtestResult">
          <EuiText size="s">
            <p data-test-subj="backtestSummary">
              {plural(result.alerts.length, 'alert')} in {result.runs.withAlerts} of{' '}
              {plural(result.runs.total, 'run')} (every {result.runs.interval}) of the{' '}
              {result.ruleDeployed ? 'deployed' : 'bundled'} rule
              {result.exceptionsApplied > 0
                ? `, with ${plural(result.exceptionsApplied, 'exception')}`
                : ''}
              .
            </p>
          </EuiText>
          <LazyBacktestChart days={result.days} />
          <EuiSpacer size="m" />
          <EuiCallOut
            size="s"
            iconType="clock"
            title={`Forecast: about ${plural(result.forecast.expectedAlerts, 'alert')} over the next ${plural(result.forecast.days, 'day')}`}
            data-test-subj="backtestForecast"
          >
            <ul>
              {result.forecast.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </EuiCallOut>
          <EuiSpacer size="m" />
          <BacktestAlertsTable alerts={result.alerts} newTermsFields={result.newTermsFields} />
          <EuiSpacer size="m" />
          <EuiTitle size="xs">
            <h3>Suggested exceptions</h3>
          </EuiTitle>
          <SuggestionList
            suggestions={result.suggestions}
            canWrite={canWrite}
            readOnlyReason={readOnlyReason}
            isSaving={changes.isSaving}
            onAdd={add}
          />
        </div>
      ) : null}
      <EuiSpacer size="m" />
      <EuiTitle size="xs">
        <h3>Current exceptions</h3>
      </EuiTitle>
      {exceptions.data ? (
        <ExceptionList
          items={exceptions.data.items}
          canWrite={canWrite}
          isSaving={changes.isSaving}
          onRemove={(id) => void changes.remove(id)}
        />
      ) : (
        <EuiText size="s" color="subdued">
          <p>{exceptions.error ? exceptions.error.message : 'Loading…'}</p>
        </EuiText>
      )}
    </SectionPanel>
  );
}
