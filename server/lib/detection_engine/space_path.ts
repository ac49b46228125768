// Kibana addresses a space by a path prefix: none for `default`, `/s/<id>` for any other.

const SPACE_ID = /^[a-z0-9_-]+$/;

export function spacePathPrefix(spaceId: string): string {
  if (!SPACE_ID.test(spaceId)) throw new Error(`Not a Kibana space id: ${JSON.stringify(spaceId)}`);
  return spaceId === 'default' ? '' : `/s/${spaceId}`;
}

export function spaceBaseUrl(kibanaUrl: string, spaceId: string): string {
  return kibanaUrl.replace(/\/+$/, '') + spacePathPrefix(spaceId);
}
