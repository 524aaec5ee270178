// The reliability tests serve the production build: make sure it is there and current.
import { ensureBuild } from '../cli/ensure-build';
import { root } from './harness';

export default function setup(): void {
  ensureBuild(root);
}
