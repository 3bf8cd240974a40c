import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey, parseJsonObject } from '../../src/share/json.ts';

describe('duplicateKey', () => {
  it('finds none in anything JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(duplicateKey(JSON.stringify(value, null, 1))).toBeNull();
      }),
    );
  });

  it('finds a key named twice in one object, at any depth, however it is escaped', () => {
    expect(duplicateKey('{"a":1,"a":2}')).toBe('a');
    expect(duplicateKey('{"x":[{"b":1},{"b":2,"c":{"d":1, "d" :2}}]}')).toBe('d');
    expect(duplicateKey('{"a":1,"\\u0061":2}')).toBe('a');
    expect(duplicateKey('{"__proto__":1,"__proto__":2}')).toBe('__proto__');
  });

  it('is not fooled by the same key in different objects, or by keys inside strings', () => {
    expect(duplicateKey('{"a":{"a":1},"b":[{"a":1},{"a":2}]}')).toBeNull();
    expect(duplicateKey('{"a":"\\",\\"a\\":1","b":"{\\"c\\":1,\\"c\\":2}"}')).toBeNull();
    expect(duplicateKey('{"a":["a","a"],"b":"a"}')).toBeNull();
  });
});

describe('parseJsonObject', () => {
  it('refuses an object that names a key twice, saying which', () => {
    expect(parseJsonObject('{"name":"A","name":"B"}')).toEqual({ ok: false, reason: 'duplicateKey', key: 'name' });
  });
});
