import { describe, expect, it } from 'vitest';
import { shownOrder } from '../../src/ui/desk/form-kit.ts';

describe('shownOrder', () => {
  const fixes = [{ id: 'f-right' }, { id: 'f-unlock' }, { id: 'f-reset-only' }, { id: 'f-reboot' }];
  const ids = (ticketId: string, items = fixes) => shownOrder(items, ticketId).map((f) => f.id);

  it('is fixed per ticket, whatever the file order, and differs between tickets', () => {
    expect(ids('INT-1002')).toEqual(['f-unlock', 'f-right', 'f-reboot', 'f-reset-only']);
    expect(ids('INT-1002', [...fixes].reverse())).toEqual([
      'f-unlock',
      'f-right',
      'f-reboot',
      'f-reset-only',
    ]);
    expect(ids('INT-1009')).toEqual(['f-unlock', 'f-reset-only', 'f-right', 'f-reboot']);
  });

  it('leaves its input alone', () => {
    const copy = [...fixes];
    shownOrder(fixes, 'INT-1002');
    expect(fixes).toEqual(copy);
  });
});
