import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeBase64ByHand, decodeFloat32, encodeBase64, encodeBase64ByHand, encodeFloat32, hasDirection } from './vector-codec';

const bytes = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 97 + 13) & 255);

// The runtime's own codec where it has one (browsers), else the hand-written one: both must give the same answers.
describe.each([
  ['in use', encodeBase64, decodeBase64],
  ['by hand', encodeBase64ByHand, decodeBase64ByHand],
])('base64 (%s)', (_codec, encodeBase64, decodeBase64) => {
  it.each([0, 1, 2, 3, 4, 5, 6, 100, 1536])('matches the standard encoding for %i bytes, both ways', (length) => {
    const input = bytes(length);
    const text = encodeBase64(input);
    expect(text).toBe(Buffer.from(input).toString('base64'));
    expect(decodeBase64(text)).toEqual(input);
  });

  it.each([
    ['a length that is not a multiple of 4', 'QUJD='],
    ['whitespace', 'QUJD\nRA=='],
    ['the URL-safe alphabet', 'ab-_'],
    ['characters outside the alphabet', 'QU*D'],
    ['non-ASCII', 'QUJé'],
    ['padding in the middle', 'QQ==QUJD'],
    ['non-zero bits after the last byte', 'QR=='],
  ])('refuses %s', (_, text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

describe('float32 vectors', () => {
  it('come back bit for bit, -0 and subnormals included', () => {
    const values = Float32Array.from([-0, 0, 1.4e-45, -1.17e-38, 3.4028234663852886e38, 0.1, -0.333333]);
    const decoded = decodeFloat32(encodeFloat32(values));
    if (!decoded.ok) throw new Error(decoded.problem);
    expect(new Uint8Array(decoded.values.buffer)).toEqual(new Uint8Array(values.buffer));
  });

  it('decode NaN and infinity as they are: whether a vector can be used is hasDirection’s question', () => {
    const values = Float32Array.from([Number.NaN, Number.POSITIVE_INFINITY, 0.5]);
    const decoded = decodeFloat32(encodeFloat32(values));
    expect(decoded.ok && [...decoded.values]).toEqual([...values]);
  });

  it('refuse bytes that are not whole float32 values', () => {
    expect(decodeFloat32(encodeBase64(bytes(6)))).toEqual({ ok: false, problem: 'not-float32' });
    expect(decodeFloat32('@@@@')).toEqual({ ok: false, problem: 'not-base64' });
  });
});

describe('hasDirection (#13)', () => {
  it.each([
    ['a unit vector', [0.6, 0.8, 0], true],
    ['one tiny value', [0, 1e-30, 0], true],
    ['the largest float32 values', [3.4028234663852886e38, -3.4028234663852886e38, 3.4028234663852886e38], true],
    ['all zeros', [0, 0, 0], false],
    ['all minus zeros', [-0, -0, -0], false],
    ['a NaN', [0.6, Number.NaN, 0.8], false],
    ['an infinity', [0.6, 0.8, Number.NEGATIVE_INFINITY], false],
    // Its norm is not zero, but float32 cannot hold its inverse: the index would scale it to infinities.
    ['only subnormal values', [1.4e-45, 0, 2.8e-45], false],
  ])('%s: %s', (_, values, expected) => {
    expect(hasDirection(Float32Array.from(values as number[]))).toBe(expected);
  });
});
