import { spaceBaseUrl, spacePathPrefix } from './space_path';

describe('space path', () => {
  it('adds no prefix for the default space and /s/<id> for others', () => {
    expect(spacePathPrefix('default')).toBe('');
    expect(spaceBaseUrl('http://kb:5601/', 'team-a')).toBe('http://kb:5601/s/team-a');
  });

  it('refuses ids that could change the path', () => {
    expect(() => spacePathPrefix('../api')).toThrow('Not a Kibana space id');
  });
});
