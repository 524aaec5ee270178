import { AppError } from '@/lib/errors';
import { MAX_HTML_BYTES } from './schemas';

const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];
const HTML_EXTENSIONS = ['.html', '.htm'];

export interface UploadedArticle {
  text: string;
  /** `html` for .html/.htm files: the caller reduces them to the article's text. */
  format: 'text' | 'html';
}

// Files that decode as UTF-8 but are not text: their first bytes give them away.
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
];

/** Decodes an uploaded article file; refuses anything that is not UTF-8 plain text, Markdown or HTML. */
export function readUploadedText(name: string, bytes: Uint8Array): UploadedArticle {
  const lower = name.toLowerCase();
  const format = HTML_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'html' : TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'text' : null;
  if (!format) {
    throw new AppError('invalid', `“${name}” is not a .txt, .md or .html file`, { file: ['Upload a .txt, .md or .html file'] });
  }
  if (bytes.byteLength > MAX_HTML_BYTES) {
    throw new AppError('too_large', `“${name}” is larger than ${MAX_HTML_BYTES / 1_000_000} MB`, {
      file: ['File is too large'],
    });
  }
  const signature = BINARY_SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  if (signature) {
    throw new AppError('invalid', `“${name}” is a binary file (${signature[0]}), not text`, { file: ['File is not text'] });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('invalid', `“${name}” is UTF-16 text; save it as UTF-8 and upload it again`, { file: ['File is not UTF-8 text'] });
  }
  if (bytes.includes(0)) {
    throw new AppError('invalid', `“${name}” is a binary file, not text`, { file: ['File is not text'] });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('invalid', `“${name}” is not UTF-8 text; save it as UTF-8 and upload it again`, { file: ['File is not UTF-8 text'] });
  }
  if (looksBinary(text)) throw new AppError('invalid', `“${name}” is a binary file, not text`, { file: ['File is not text'] });
  return { text, format };
}

/** True for decoded text that holds a NUL or many control characters: a binary file, not an article. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  // Control characters other than tab, newline, form feed and carriage return do not occur in text files.
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > 0 && controls * 100 > text.length;
}

/**
 * The article text of a form: the uploaded file when there is one, else the pasted text. An .html
 * file is HTML; anything else is left to detection (`auto`), so pasted HTML is recognised too.
 */
export async function readFormArticleText(pasted: string, file: FormDataEntryValue | null): Promise<{ text: string; format: 'auto' | 'html' }> {
  if (!(file instanceof File) || file.size === 0) return { text: pasted, format: 'auto' };
  const upload = readUploadedText(file.name, new Uint8Array(await file.arrayBuffer()));
  return { text: upload.text, format: upload.format === 'html' ? 'html' : 'auto' };
}
