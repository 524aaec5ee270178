/**
 * JSON for an inline `<script type="application/ld+json">`. JSON.stringify alone is not enough:
 * article text containing `</script>` or `<!--` would end the script early and inject markup.
 * Escaping `<`, `>` and `&` as \u escapes keeps the JSON identical while the HTML parser sees no tags;
 * U+2028/U+2029 are escaped too so that the text is also valid as JavaScript.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
