import { createToastStore } from './toast_store';

describe('createToastStore', () => {
  it('keeps toasts in order with their colour, tells listeners, and removes by handle or id', () => {
    const store = createToastStore();
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    const progress = store.addInfo({ title: 'Deploying the rule…' });
    store.addSuccess({ title: 'Rule enabled' });
    store.addError(new Error('boom'), { title: 'Could not deploy the rule' });
    expect(store.list().map((toast) => [toast.title, toast.color, toast.text])).toEqual([
      ['Deploying the rule…', 'primary', undefined],
      ['Rule enabled', 'success', undefined],
      ['Could not deploy the rule', 'danger', 'boom'],
    ]);
    store.remove(progress);
    store.remove(store.list()[0].id);
    expect(store.list().map((toast) => toast.title)).toEqual(['Could not deploy the rule']);
    expect(listener).toHaveBeenCalledTimes(5);
    unsubscribe();
    store.addDanger({ title: 'x' });
    expect(listener).toHaveBeenCalledTimes(5);
  });
});
