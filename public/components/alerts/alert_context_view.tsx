// One alert's context, at a glance: who (identity type and ARN), from where (source IP and geo), with what (user
// agent, request parameters), and whether this identity alerted before — automation tends to repeat.
import { EuiBadge, EuiDescriptionList, EuiTextColor } from '@elastic/eui';
import type { AlertContextResponse } from '../../../common/api';
import { formatNumber } from '../../../common/format';
import { useDates } from '../../hooks/use_dates';
import { CodeText } from '../code_text';

function Value({ text }: { text: string | null }) {
  if (text === null) return <EuiTextColor color="subdued">—</EuiTextColor>;
  return <span className="eui-textBreakWord">{text}</span>;
}

function EarlierAlerts({
  earlier,
  identityKnown,
}: {
  earlier: AlertContextResponse['earlierAlerts'];
  identityKnown: boolean;
}) {
  const dates = useDates();
  // Without every term of the identity there is nothing to match earlier alerts on: say nothing rather than "first".
  if (!identityKnown) return null;
  if (earlier.count === 0) {
    return (
      <EuiBadge color="warning" data-test-subj="earlierAlerts">
        First alert of this identity
      </EuiBadge>
    );
  }
  const count = formatNumber(earlier.count);
  const since = earlier.first ? ` since ${dates.dateTime(earlier.first)}` : '';
  return (
    <EuiBadge color="hollow" data-test-subj="earlierAlerts">
      {`${count} earlier alert${earlier.count === 1 ? '' : 's'}${since}`}
    </EuiBadge>
  );
}

export function AlertContextView({ context }: { context: AlertContextResponse }) {
  const identity = context.identity.terms.map((term) => `${term.value ?? '—'}`).join(' / ');
  const items = [
    {
      title: 'Identity',
      description: (
        <>
          <Value text={identity} />{' '}
          <EarlierAlerts
            earlier={context.earlierAlerts}
            identityKnown={context.identity.terms.every((term) => term.value !== null)}
          />
        </>
      ),
    },
    { title: 'Identity type', description: <Value text={context.identity.type} /> },
    { title: 'ARN', description: <Value text={context.identity.arn} /> },
    { title: 'User agent', description: <Value text={context.userAgent} /> },
    {
      title: 'Source',
      description: (
        <Value
          text={
            context.source.ip === null
              ? null
              : `${context.source.ip}${context.source.geo ? ` (${context.source.geo})` : ''}`
          }
        />
      ),
    },
    {
      title: 'Request parameters',
      description:
        context.requestParameters === null ? (
          <Value text={null} />
        ) : (
          <CodeText plain>{context.requestParameters}</CodeText>
        ),
    },
  ];
  return (
    <EuiDescriptionList
      type="responsiveColumn"
      compressed
      listItems={items}
      data-test-subj="alertContext"
    />
  );
}
