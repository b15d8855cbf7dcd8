import { type FormEvent, useState } from "react";
import type { JournalEntry } from "../../server/workspace-view.js";
import { useBodyDraft } from "../body-draft.js";
import { type StoreState, store } from "../store.js";
import { MarkdownText } from "./OptionPage.js";

/** Journal entries, newest first: a new entry can be written here, and each one edited. */
export function Journal({ state }: { state: StoreState }) {
  const entries = state.view?.journal ?? [];
  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title">Journal</h1>
      <NewEntry />
      {entries.length === 0 && <p>No entries yet.</p>}
      {entries.map((entry) => (
        <Entry key={entry.file} entry={entry} />
      ))}
    </section>
  );
}

function NewEntry() {
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if ((await store.addJournalEntry(title, body)) !== null) {
      setTitle("");
      setBody("");
    }
  };
  return (
    <form className="body-editor" onSubmit={add} data-testid="new-entry">
      <h2>New entry</h2>
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label htmlFor="new-entry-body" className="small">
        What is on your mind about this decision (Markdown)
      </label>
      <textarea
        id="new-entry-body"
        rows={5}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit" disabled={title.trim() === ""}>
        Add entry
      </button>
    </form>
  );
}

function Entry({ entry }: { entry: JournalEntry }) {
  const [editing, setEditing] = useState(false);
  const [text, setText, dirty] = useBodyDraft(entry.body);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (await store.setJournalBody(entry.file, text)) setEditing(false);
  };
  return (
    <article className="entry" data-file={entry.file}>
      <h2>{entry.title}</h2>
      <p className="muted small">
        {entry.date ?? "undated"} · {entry.file}
      </p>
      {editing ? (
        <form className="body-editor" onSubmit={save}>
          <textarea
            aria-label={`Text of ${entry.title}`}
            rows={Math.min(24, Math.max(6, text.split("\n").length + 2))}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="inline">
            <button type="submit" disabled={!dirty}>
              Save entry
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Close
            </button>
            {dirty && (
              <span className="unsaved-mark small" role="status">
                not saved yet
              </span>
            )}
          </div>
        </form>
      ) : (
        <>
          <MarkdownText text={entry.body} />
          <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${entry.title}`}>
            Edit
          </button>
        </>
      )}
    </article>
  );
}
