// "X of 10 days": how much of the history window holds data (under the full window every user looks new).
import { EuiProgress, EuiText } from '@elastic/eui';

export interface BaselineCoverageProps {
  days: number;
  windowDays: number;
}

export function BaselineCoverage({ days, windowDays }: BaselineCoverageProps) {
  const covered = Math.min(days, windowDays);
  const label = `${covered} of ${windowDays} days`;
  return (
    <div data-test-subj="baselineCoverage">
      <EuiProgress
        value={covered}
        max={windowDays}
        size="s"
        color={covered >= windowDays ? 'success' : covered === 0 ? 'danger' : 'warning'}
        label="Baseline coverage"
        valueText={label}
        aria-valuetext={label}
      />
      {covered < windowDays ? (
        <EuiText size="xs" color="subdued">
          <p>Until the whole window holds data, every user looks new to the rule.</p>
        </EuiText>
      ) : null}
    </div>
  );
}
