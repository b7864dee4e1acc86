/**
 * The sentence encoder as the extension ships it: tfjs's WebAssembly backend
 * and the quantised weights, read from the package's own files (urlOf gives
 * an extension URL). Imported dynamically by the embedder choice, so tfjs
 * joins the worker only when memory first embeds.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadSentenceEncoder } from './load-encoder';
import type { SentenceEncoder } from './sentence-encoder';

/** Where the build puts the model, its licence and tfjs's .wasm files (see wxt.config.ts). */
export const SENTENCE_ENCODER_FOLDER = 'sentence-encoder';

export async function loadPackagedEncoder(urlOf: (path: string) => string): Promise<SentenceEncoder> {
  // A service worker cannot start the threads' workers; SIMD or plain WebAssembly it is.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(urlOf(`${SENTENCE_ENCODER_FOLDER}/`));
  if (!(await tf.setBackend('wasm'))) throw new Error('The WebAssembly backend of tfjs did not start.');
  return loadSentenceEncoder(async (name) => {
    const response = await fetch(urlOf(`${SENTENCE_ENCODER_FOLDER}/${name}`));
    if (!response.ok) throw new Error(`The sentence encoder's ${name} is missing from the package (${response.status}).`);
    return response.arrayBuffer();
  });
}
