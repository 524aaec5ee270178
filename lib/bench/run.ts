// npm run bench — every speed and memory figure of the project, printed, never asserted.
import { benchDatabase } from './database';
import { benchExtraction } from './extraction';
import { benchHtmlImport } from './html-import';
import { benchReaderJs } from './reader-js';

console.log('== Extraction ==');
await benchExtraction();
console.log('\n== HTML import quality ==');
await benchHtmlImport();
console.log('\n== Reader page JavaScript ==');
await benchReaderJs();
console.log('\n== Archive scale (database) ==');
await benchDatabase();
