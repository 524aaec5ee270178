import { splitHighlights } from '@/lib/claims/search-query';

/** A search snippet as text, its matches in <mark>: article text is never HTML. */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {splitHighlights(snippet).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
