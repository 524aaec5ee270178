// npm run bench — every speed and memory figure of the project, printed, never asserted.
import { benchDatabase } from './database';
import { benchExtraction } from './extraction';
import { benchReaderJs } from './reader-js';
import { benchReaderServing } from './reader-serving';

console.log('== Extraction ==');
await benchExtraction();
console.log('\n== Reader page JavaScript ==');
await benchReaderJs();
console.log('\n== Reader serving (app, bare node:http, Varnish) ==');
await benchReaderServing();
console.log('\n== Archive scale (database) ==');
await benchDatabase();
