import { describe, expect, it } from 'vitest';
import { andMore, cutList, PRINT_LINK_MAX, printedDate, printedLink, printLinkTooLong } from '../../src/share/printSheet.ts';

describe('cutList', () => {
  it('keeps every item when they fit', () => {
    expect(cutList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(cutList([], 3)).toEqual({ shown: [], more: 0 });
  });

  it('gives the last place to "and N more" when they do not', () => {
    expect(cutList([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2], more: 2 });
    expect(
      cutList(
        Array.from({ length: 100 }, (_, i) => i),
        12,
      ),
    ).toEqual({ shown: Array.from({ length: 11 }, (_, i) => i), more: 89 });
  });

  it('never shows more than max lines in all', () => {
    for (let n = 0; n < 30; n++) {
      const { shown, more } = cutList(
        Array.from({ length: n }, (_, i) => i),
        5,
      );
      expect(shown.length + (more > 0 ? 1 : 0)).toBeLessThanOrEqual(5);
      expect(shown.length + more).toBe(n);
    }
  });
});

describe('andMore', () => {
  it('says one or many', () => {
    expect(andMore(1, 'scheme', 'schemes')).toBe('and 1 more scheme');
    expect(andMore(1234, 'difference', 'differences')).toBe('and 1,234 more differences');
  });
});

describe('printedDate', () => {
  it('is the local day in words, en-GB', () => {
    expect(printedDate(new Date(2026, 11, 1, 23, 59))).toBe('1 December 2026');
    expect(printedDate(new Date(2021, 2, 9, 0, 0))).toBe('9 March 2021');
  });
});

describe('printedLink', () => {
  it('prints a link that fits its box', () => {
    const prefix = 'https://example.org/payback/#s1.';
    const url = `${prefix}${'a'.repeat(PRINT_LINK_MAX - prefix.length)}`;
    expect(url.length).toBe(PRINT_LINK_MAX);
    expect(printedLink(url)).toEqual({ kind: 'link', url });
  });

  it('says a longer one is too long, and what to send instead', () => {
    const url = `https://example.org/#s1.${'a'.repeat(PRINT_LINK_MAX)}`;
    expect(printedLink(url)).toEqual({ kind: 'tooLong', text: printLinkTooLong(url.length) });
    expect(printLinkTooLong(2345)).toBe(
      'The link to this scenario is 2,345 characters, too long to print: send the scenario as a file instead (“Export this scenario”).',
    );
  });
});
