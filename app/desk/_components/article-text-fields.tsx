/** A field's error messages, tied to its input by `id` (aria-describedby). */
export function FieldError({ errors, id }: { errors?: string[]; id: string }) {
  return errors?.length ? (
    <span className="error" id={id}>
      {errors.join(' ')}
    </span>
  ) : null;
}

/** The article's text: pasted (plain text, Markdown or HTML) or uploaded as a file. Import and re-import share it. */
export function ArticleTextFields({ label, rows, defaultText, errors }: { label: string; rows: number; defaultText?: string; errors: Record<string, string[] | undefined> }) {
  return (
    <>
      {/* Hints and errors sit outside the <label>, so that they describe the field rather than become its name. */}
      <div className="field">
        <label>
          {label}
          <textarea name="text" rows={rows} defaultValue={defaultText} aria-describedby="text-hint text-error" />
        </label>
        <span className="muted small" id="text-hint">
          Plain text, Markdown or HTML.
        </span>
        <FieldError errors={errors.text} id="text-error" />
      </div>
      <div className="field">
        <label>
          …or upload a .txt, .md or .html file
          <input name="file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" aria-describedby="file-error" />
        </label>
        <FieldError errors={errors.file} id="file-error" />
      </div>
    </>
  );
}
