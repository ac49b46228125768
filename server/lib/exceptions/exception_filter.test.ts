import { exceptionClause, withExceptions } from './exception_filter';

const AT = new Date('2026-12-05T10:00:00.000Z');

describe('exception filter', () => {
  it('ANDs the entries of an item, ORs the items, and negates them into must_not', () => {
    const query = { match_all: {} };
    expect(
      withExceptions(
        query,
        [
          {
            entries: [
              { type: 'match', field: 'user.name', operator: 'included', value: 'svc' },
              {
                type: 'match_any',
                field: 'cloud.account.id',
                operator: 'included',
                value: ['1', '2'],
              },
            ],
          },
          { entries: [{ type: 'exists', field: 'tls.client', operator: 'excluded' }] },
        ],
        AT,
      ),
    ).toEqual({
      bool: {
        filter: [query],
        must_not: [
          {
            bool: {
              minimum_should_match: 1,
              should: [
                {
                  bool: {
                    filter: [
                      {
                        bool: {
                          minimum_should_match: 1,
                          should: [{ match_phrase: { 'user.name': 'svc' } }],
                        },
                      },
                      {
                        bool: {
                          minimum_should_match: 1,
                          should: [
                            {
                              bool: {
                                minimum_should_match: 1,
                                should: [{ match_phrase: { 'cloud.account.id': '1' } }],
                              },
                            },
                            {
                              bool: {
                                minimum_should_match: 1,
                                should: [{ match_phrase: { 'cloud.account.id': '2' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  bool: {
                    must_not: [
                      {
                        bool: {
                          minimum_should_match: 1,
                          should: [{ exists: { field: 'tls.client' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    });
  });

  it('leaves out expired items and answers null when nothing applies', () => {
    const entries = [
      { type: 'match' as const, field: 'user.name', operator: 'included' as const, value: 'x' },
    ];
    expect(exceptionClause([{ entries, expireTime: '2026-12-01T00:00:00.000Z' }], AT)).toBeNull();
    expect(
      exceptionClause([{ entries, expireTime: '2026-12-31T00:00:00.000Z' }], AT),
    ).not.toBeNull();
    expect(withExceptions({ match_all: {} }, [], AT)).toEqual({ match_all: {} });
  });
});
