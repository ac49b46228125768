import { ROUTES } from '../../common/api';
import { HttpError } from '../lib/errors';
import { decodeRouteInput } from './run_route';
import { pluginRoutes } from '.';

const route = (path: string) => {
  const found = pluginRoutes.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no route ${path}`);
  return found;
};

const refusal = (path: string, body: unknown): HttpError => {
  try {
    decodeRouteInput(route(path), { query: {}, body });
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('accepted');
};

describe('backtest and exception routes', () => {
  it('backtest is a read route whose days default and stay within 1–30', () => {
    expect(route(ROUTES.backtest)).toMatchObject({ method: 'post', access: 'read' });
    expect(decodeRouteInput(route(ROUTES.backtest), { query: {}, body: {} }).body).toEqual({});
    expect(
      decodeRouteInput(route(ROUTES.backtest), { query: {}, body: { days: 30 } }).body,
    ).toEqual({
      days: 30,
    });
    expect(refusal(ROUTES.backtest, { days: 0 }).message).toBe(
      'Invalid body: body.days: must be an integer from 1 to 30',
    );
    expect(refusal(ROUTES.backtest, { days: 7, range: '7d' })).toMatchObject({ statusCode: 400 });
  });

  it('adding and removing exceptions are write routes with checked entries', () => {
    expect(route(ROUTES.exceptionsAdd).access).toBe('write');
    expect(route(ROUTES.exceptionsRemove).access).toBe('write');
    expect(route(ROUTES.exceptions)).toMatchObject({ method: 'get', access: 'read' });
    expect(
      refusal(ROUTES.exceptionsAdd, {
        entries: [{ type: 'match', field: 'user.name', operator: 'included', value: '' }],
      }),
    ).toMatchObject({ statusCode: 400 });
    expect(refusal(ROUTES.exceptionsRemove, { id: ' ' })).toMatchObject({ statusCode: 400 });
  });
});
