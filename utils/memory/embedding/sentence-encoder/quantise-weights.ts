/**
 * 8-bit affine quantisation of a tfjs graph model's float32 weights, in the
 * format tfjs dequantises itself at load (value = byte × scale + min, one
 * scale per tensor): the sentence encoder's 28 MB of weights ship as 7 MB.
 * Integer tensors (shapes, indices) stay as they are.
 */
import { joinBytes } from './join-bytes';

export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: 'uint8'; scale: number; min: number };
}

export interface QuantisedWeights {
  specs: WeightSpec[];
  data: ArrayBuffer;
}

const BYTES_PER_VALUE = 4;
const LEVELS = 255;

const valueCount = (shape: readonly number[]) => shape.reduce((product, size) => product * size, 1);

/** `data` holds the tensors of `specs` back to back, as the model's shards do once joined. */
export function quantiseWeights(specs: readonly WeightSpec[], data: ArrayBuffer): QuantisedWeights {
  const parts: Uint8Array[] = [];
  const quantisedSpecs: WeightSpec[] = [];
  let offset = 0;
  for (const spec of specs) {
    if (spec.quantization) throw new Error(`Weight ${spec.name} is quantised already.`);
    const bytes = valueCount(spec.shape) * BYTES_PER_VALUE;
    if (offset + bytes > data.byteLength) throw new RangeError(`The weights end before ${spec.name}.`);
    if (spec.dtype !== 'float32') {
      parts.push(new Uint8Array(data.slice(offset, offset + bytes)));
      quantisedSpecs.push({ ...spec });
    } else {
      const values = new Float32Array(data, offset, bytes / BYTES_PER_VALUE);
      let min = Infinity;
      let max = -Infinity;
      for (const value of values) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
      // A constant tensor gets scale 1 so every byte decodes to min.
      const scale = max > min ? (max - min) / LEVELS : 1;
      parts.push(Uint8Array.from(values, (value) => Math.round((value - min) / scale)));
      quantisedSpecs.push({ ...spec, quantization: { dtype: 'uint8', scale, min } });
    }
    offset += bytes;
  }
  if (offset !== data.byteLength) throw new RangeError(`The weights have ${data.byteLength - offset} bytes no spec describes.`);
  return { specs: quantisedSpecs, data: joinBytes(parts) };
}
