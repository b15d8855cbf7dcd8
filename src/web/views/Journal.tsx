import type { StoreState } from "../store.js";
import { MarkdownText } from "./OptionPage.js";

/** Journal entries, newest first. */
export function Journal({ state }: { state: StoreState }) {
  const entries = state.view?.journal ?? [];
  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title">Journal</h1>
      {entries.length === 0 && <p>No entries yet: add Markdown files to journal/.</p>}
      {entries.map((entry) => (
        <article key={entry.file} className="entry">
          <h2>{entry.title}</h2>
          <p className="muted small">
            {entry.date ?? "undated"} · {entry.file}
          </p>
          <MarkdownText text={entry.body} />
        </article>
      ))}
    </section>
  );
}
