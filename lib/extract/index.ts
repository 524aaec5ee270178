// Public entry point of the claim extractor: `extract(text)` and the output types.
export { extract } from './extract';
export * from './types';
