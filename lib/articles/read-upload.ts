import { AppError } from '@/lib/errors';
import { MAX_UPLOAD_BYTES } from './schemas';

const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];

/** Decodes an uploaded article file; refuses anything that is not UTF-8 plain text or Markdown. */
export function readUploadedText(name: string, bytes: Uint8Array): string {
  const lower = name.toLowerCase();
  if (!TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    throw new AppError('invalid', `“${name}” is not a .txt or .md file`, { file: ['Upload a .txt or .md file'] });
  }
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw new AppError('too_large', `“${name}” is larger than ${MAX_UPLOAD_BYTES / 1_000_000} MB`, {
      file: ['File is too large'],
    });
  }
  if (bytes.includes(0)) {
    throw new AppError('invalid', `“${name}” is a binary file, not text`, { file: ['File is not text'] });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('invalid', `“${name}” is not UTF-8 text`, { file: ['File is not UTF-8 text'] });
  }
  return text;
}
