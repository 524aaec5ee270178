import { publicUrl } from '@/lib/env';

/** For a published article: the one line a newsroom adds to its own article page to show the annotations there (README, "The publisher embed"). */
export function EmbedSnippet({ slug }: { slug: string }) {
  const snippet = `<script src="${publicUrl()}/embed.js" data-claimdesk="${slug}" async></script>`;
  return (
    <details className="embed-snippet">
      <summary>Show the fact-checks on your own article page</summary>
      <label className="small">
        Add this line to the article page, after the article text:
        <textarea readOnly rows={2} value={snippet} />
      </label>
    </details>
  );
}
