import { MAX_NESTING } from './format';

/**
 * Keys no memory file may contain, at any depth. JSON.parse turns
 * `"__proto__"` into an ordinary own property, harmless until some later
 * spread or merge copies it onto a real object and changes its prototype; and
 * a file carrying an API key leaks a secret to everyone it is shared with.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Compared without case, dashes, underscores or spaces: apiKey, api_key, API-KEY… */
const SECRET_KEYS = new Set([
  'apikey',
  'apisecret',
  'secret',
  'secretkey',
  'clientsecret',
  'password',
  'passwd',
  'accesstoken',
  'refreshtoken',
  'authtoken',
  'bearertoken',
  'authorization',
  'privatekey',
]);

/** Answers by key: a file repeats the same few field names on every line, and the folding is most of the walk's cost (#14). */
const secretByKey = new Map<string, boolean>();
const MAX_REMEMBERED_KEYS = 10_000;

export function isSecretKey(key: string): boolean {
  let secret = secretByKey.get(key);
  if (secret === undefined) {
    secret = SECRET_KEYS.has(key.toLowerCase().replace(/[-_\s]/g, ''));
    // A hostile file could use millions of distinct keys: remember only the first few thousand.
    if (secretByKey.size < MAX_REMEMBERED_KEYS) secretByKey.set(key, secret);
  }
  return secret;
}

export type ForbiddenKey =
  | { kind: 'prototype' | 'secret'; key: string; path: string }
  | { kind: 'too-deep'; path: string };

function joinPath(segment: string, rest: string): string {
  return rest === '' || rest.startsWith('[') ? `${segment}${rest}` : `${segment}.${rest}`;
}

/** The first forbidden key in a parsed JSON value, depth first, or null. */
export function findForbiddenKey(value: unknown, depth = 0): ForbiddenKey | null {
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_NESTING) return { kind: 'too-deep', path: '' };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findForbiddenKey(value[index], depth + 1);
      if (found) return { ...found, path: joinPath(`[${index}]`, found.path) };
    }
    return null;
  }
  // Object.keys lists the own "__proto__" property JSON.parse creates (and only own keys).
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return { kind: 'prototype', key, path: key };
    if (isSecretKey(key)) return { kind: 'secret', key, path: key };
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    // Paths are built only for what is found: one per key would cost more than the walk.
    if (found) return { ...found, path: joinPath(key, found.path) };
  }
  return null;
}
