/**
 * Regenerates vector-kernel-wasm.ts from vector-kernel.wat:
 *   npx tsx utils/memory/kernel/generate.ts
 */
import { writeFile } from 'node:fs/promises';
import { compileKernel, KERNEL_MODULE_PATH, kernelModuleSource } from './compile-wat';

const bytes = await compileKernel();
await writeFile(KERNEL_MODULE_PATH, kernelModuleSource(bytes));
console.log(`wrote ${KERNEL_MODULE_PATH} (${bytes.length} bytes of WebAssembly)`);
