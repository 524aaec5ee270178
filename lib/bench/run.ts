// npm run bench — every speed and memory figure of the project, printed, never asserted.
import { benchDatabase } from './database';
import { benchExtraction } from './extraction';

console.log('== Extraction ==');
await benchExtraction();
console.log('\n== Archive scale (database) ==');
await benchDatabase();
