import { describe, expect, it } from 'vitest';
import { joinBytes } from './join-bytes';
import { quantiseWeights, type WeightSpec } from './quantise-weights';

const bytesOf = (array: Float32Array | Int32Array) => new Uint8Array(array.buffer.slice(0));
const dequantise = (byte: number, { scale, min }: { scale: number; min: number }) => byte * scale + min;

describe('quantiseWeights', () => {
  const floats = Float32Array.from([-1, -0.5, 0, 0.25, 1, 3]);
  const ints = Int32Array.from([7, -2]);
  const specs: WeightSpec[] = [
    { name: 'kernel', shape: [2, 3], dtype: 'float32' },
    { name: 'shape', shape: [2], dtype: 'int32' },
    { name: 'constant', shape: [1], dtype: 'float32' },
  ];
  const data = joinBytes([bytesOf(floats), bytesOf(ints), bytesOf(Float32Array.from([0.5]))]);
  const { specs: quantised, data: bytes } = quantiseWeights(specs, data);

  it('stores a float tensor as one byte a value, within half a step of the original', () => {
    const quantization = quantised[0]?.quantization;
    expect(quantization).toMatchObject({ dtype: 'uint8', min: -1, scale: 4 / 255 });
    const stored = new Uint8Array(bytes, 0, 6);
    floats.forEach((value, index) => expect(Math.abs(dequantise(stored[index]!, quantization!) - value)).toBeLessThanOrEqual(quantization!.scale / 2 + 1e-6));
    expect(stored[0]).toBe(0);
    expect(stored[5]).toBe(255);
  });

  it('keeps integer tensors byte for byte and unmarked', () => {
    expect(quantised[1]).toEqual(specs[1]);
    expect(new Int32Array(bytes.slice(6, 14))).toEqual(ints);
  });

  it('decodes a constant tensor to its value', () => {
    const quantization = quantised[2]?.quantization;
    expect(dequantise(new Uint8Array(bytes)[14]!, quantization!)).toBe(0.5);
    expect(bytes.byteLength).toBe(15);
  });

  it('refuses weights that do not match their specs', () => {
    expect(() => quantiseWeights(specs, data.slice(0, 20))).toThrow(RangeError);
    expect(() => quantiseWeights(specs.slice(0, 1), data)).toThrow(RangeError);
    expect(() => quantiseWeights(quantised, bytes)).toThrow('quantised already');
  });
});
