import { describe, expect, it } from 'vitest';
import { TAB_KEY, currentTab } from '../../src/storage/tab.ts';

class SessionMap {
  readonly items = new Map<string, string>();
  refuse = false;
  getItem(key: string) {
    if (this.refuse) throw new DOMException('denied', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('denied', 'SecurityError');
    this.items.set(key, value);
  }
}

describe('currentTab', () => {
  it('a new tab gets a new id and keeps it; a reload of that tab is known by it', () => {
    const session = new SessionMap();
    const first = currentTab(session);
    expect(first.known).toBe(false);
    expect(session.items.get(TAB_KEY)).toBe(first.id);
    expect(currentTab(session)).toEqual({ id: first.id, known: true });
    // another tab, another session: another id
    const other = currentTab(new SessionMap());
    expect(other.known).toBe(false);
    expect(other.id).not.toBe(first.id);
  });

  it('where sessionStorage is refused or missing, each start is a new tab', () => {
    const refused = new SessionMap();
    refused.refuse = true;
    const a = currentTab(refused);
    const b = currentTab(null);
    expect(a.known || b.known).toBe(false);
    expect(a.id).not.toBe(b.id);
  });
});
