import type { BacktestAlert } from '../../../common/api';
import { suggestExceptions } from './suggestions';

const FIELDS = ['cloud.account.id', 'user.name'];
const alert = (account: string, user: string): BacktestAlert => ({
  time: '2026-12-05T10:00:00.000Z',
  eventTime: '2026-12-05T09:58:00.000Z',
  terms: { 'cloud.account.id': account, 'user.name': user },
  context: {},
  returning: false,
});

describe('suggestExceptions', () => {
  it('suggests an identity new in several accounts over several days, by user.name alone', () => {
    const alerts = [
      alert('1', 'AWSServiceRoleForAmazonSSM'),
      alert('2', 'AWSServiceRoleForAmazonSSM'),
    ];
    expect(suggestExceptions({ alerts, newTermsFields: FIELDS, activeDays: [3, 3] })).toEqual([
      expect.objectContaining({
        entries: [
          {
            type: 'match',
            field: 'user.name',
            operator: 'included',
            value: 'AWSServiceRoleForAmazonSSM',
          },
        ],
        alerts_removed: 2,
      }),
    ]);
  });

  it('scopes a caller active on many days in one account to that account', () => {
    const [suggestion] = suggestExceptions({
      alerts: [alert('1', 'ci-runner')],
      newTermsFields: FIELDS,
      activeDays: [5],
    });
    expect(suggestion.entries.map((entry) => entry.field)).toEqual([
      'user.name',
      'cloud.account.id',
    ]);
  });

  it('never suggests a one-day caller, even one new in several accounts at once', () => {
    const alerts = [alert('1', 'intruder'), alert('2', 'intruder'), alert('3', 'rare-user')];
    expect(suggestExceptions({ alerts, newTermsFields: FIELDS, activeDays: [1, 1, 1] })).toEqual(
      [],
    );
  });
});
