import { describe, expect, it } from 'vitest';
import { findForbiddenKey, isSecretKey } from './forbidden-keys';

describe('findForbiddenKey', () => {
  it('sees the own "__proto__" property JSON.parse creates', () => {
    const parsed: unknown = JSON.parse('{"data":{"__proto__":{"isAdmin":true}}}');
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(findForbiddenKey(parsed)).toEqual({ kind: 'prototype', key: '__proto__', path: 'data.__proto__' });
  });

  it.each([
    ['{"constructor":{"prototype":{}}}', { kind: 'prototype', key: 'constructor', path: 'constructor' }],
    ['{"list":[{"ok":1},{"prototype":1}]}', { kind: 'prototype', key: 'prototype', path: 'list[1].prototype' }],
    ['{"settings":{"apiKey":"sk-1"}}', { kind: 'secret', key: 'apiKey', path: 'settings.apiKey' }],
    ['{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{}}}}}}}}}}', { kind: 'too-deep', path: 'a.b.c.d.e.f.g.h.i' }],
    ['{"text":"__proto__ constructor apiKey","values":["prototype"]}', null],
  ])('%s', (json, found) => {
    expect(findForbiddenKey(JSON.parse(json))).toEqual(found);
  });
});

describe('isSecretKey', () => {
  it.each(['apiKey', 'api_key', 'API-KEY', 'apikey', 'password', 'accessToken', 'client_secret', 'Authorization'])('%s is a secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(['approvedText', 'maxTokens', 'author', 'keywords', 'tokenCount'])('%s is not', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});
