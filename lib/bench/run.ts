// npm run bench — every speed and memory figure of the project, printed, never asserted.
import { benchDatabase } from './database';
import { benchExtraction } from './extraction';
import { benchHtmlImport } from './html-import';
import { benchLargeArticle } from './large-article';
import { benchReaderJs } from './reader-js';
import { benchReaderServing } from './reader-serving';

console.log('== Extraction ==');
await benchExtraction();
console.log('\n== HTML import quality ==');
await benchHtmlImport();
console.log('\n== Reader page JavaScript ==');
await benchReaderJs();
console.log('\n== Reader serving (app, bare node:http, Varnish) ==');
await benchReaderServing();
console.log('\n== Archive scale (database) ==');
await benchDatabase();
console.log('\n== Largest article (200,000 characters, ~14,000 claims) ==');
await benchLargeArticle();
