import { locateGuideToken, readGuideToken } from './guide_token';

describe('readGuideToken', () => {
  it('reads an investigate token with nested braces and braces inside strings', () => {
    const token =
      '!{investigate{"label":"Same user {30m}","description":"d","providers":[[{"field":"user.name","value":"{{user.name}}"}]]}}';
    expect(readGuideToken(`${token} and after`)).toEqual({
      plugin: 'investigate',
      label: 'Same user {30m}',
      description: 'd',
      readable: true,
      length: token.length,
    });
  });

  it('reads an osquery token and a token without configuration', () => {
    expect(readGuideToken('!{osquery{"label":"Programs","query":"SELECT 1;"}}')).toMatchObject({
      plugin: 'osquery',
      label: 'Programs',
      readable: true,
    });
    expect(readGuideToken('!{investigate} rest')).toMatchObject({
      plugin: 'investigate',
      length: 14,
      label: null,
    });
  });

  it('marks invalid JSON as unreadable but still claims exactly the token', () => {
    const token = '!{investigate{label: not json}}';
    expect(readGuideToken(`${token} tail`)).toMatchObject({
      readable: false,
      length: token.length,
    });
  });

  it('claims the rest of the text for an unterminated token', () => {
    expect(readGuideToken('!{osquery{"label":"x" and more')).toMatchObject({
      readable: false,
      length: 30,
    });
  });

  it('ignores text that is not a token, including EUI tooltips', () => {
    expect(readGuideToken('plain text')).toBeNull();
    expect(readGuideToken('!{tooltip[anchor](text)}')).toBeNull();
    expect(readGuideToken('!{}')).toBeNull();
  });
});

describe('locateGuideToken', () => {
  it('finds the next token from an offset', () => {
    const text = 'see !{investigate{"label":"a"}} then !{osquery{}}';
    expect(locateGuideToken(text, 0)).toBe(4);
    expect(locateGuideToken(text, 5)).toBe(text.indexOf('!{osquery'));
    expect(locateGuideToken('nothing here', 0)).toBe(-1);
  });
});
