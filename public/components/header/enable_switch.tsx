// Turns the deployed rule on or off; when the caller may not, the reason is shown and read out.
import { useId } from 'react';
import { EuiScreenReaderOnly, EuiSwitch, EuiToolTip } from '@elastic/eui';

export interface EnableSwitchProps {
  enabled: boolean;
  /** Why the switch is off limits, or null when it can be used. */
  disabledReason: string | null;
  isSaving: boolean;
  onChange(enabled: boolean): void;
}

export function EnableSwitch({ enabled, disabledReason, isSaving, onChange }: EnableSwitchProps) {
  const reasonId = useId();
  const switchId = useId();
  const control = (
    <EuiSwitch
      id={switchId}
      labelProps={{ id: `${switchId}-label` }}
      label="Enabled"
      checked={enabled}
      disabled={disabledReason !== null || isSaving}
      onChange={(event) => onChange(event.target.checked)}
      aria-describedby={disabledReason ? reasonId : undefined}
      data-test-subj="enableSwitch"
    />
  );
  if (disabledReason === null) return control;
  return (
    <>
      <EuiToolTip content={disabledReason}>
        <span tabIndex={0}>{control}</span>
      </EuiToolTip>
      <EuiScreenReaderOnly>
        <span id={reasonId}>{disabledReason}</span>
      </EuiScreenReaderOnly>
    </>
  );
}
