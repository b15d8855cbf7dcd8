import { type FormEvent, useState } from "react";
import { OPTION_STATUSES } from "../../core/model/option.js";
import type { StoreState } from "../store.js";
import { store } from "../store.js";

/**
 * Options by status: drag a card to another column, or use its "Move to" control. Each card
 * shows the next step and how many contacts the option has; its page edits them.
 */
export function Board({ state }: { state: StoreState }) {
  const options = state.view?.options ?? [];
  const [over, setOver] = useState<string | null>(null);
  return (
    <section aria-labelledby="board-title">
      <h1 id="board-title">Options</h1>
      <AddOption />
      <div className="board">
        {OPTION_STATUSES.map((status) => (
          <section
            key={status}
            className={`column${over === status ? " over" : ""}`}
            aria-label={`Status ${status}`}
            data-status={status}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const id = e.dataTransfer.getData("text/plain");
              const option = options.find((o) => o.id === id);
              if (option && option.status !== status) void store.setStatus(id, status);
            }}
          >
            <h2>{status}</h2>
            <ul>
              {options
                .filter((o) => o.status === status)
                .map((o) => (
                  <li
                    key={o.id}
                    className="card"
                    draggable
                    data-testid="card"
                    data-id={o.id}
                    onDragStart={(e) => e.dataTransfer.setData("text/plain", o.id)}
                  >
                    <a href={`#/option/${o.id}`}>{o.title}</a>
                    {o.organisation && <div className="muted small">{o.organisation}</div>}
                    <div className="small" data-testid="next-step">
                      {o.nextStep ? (
                        <>Next: {o.nextStep}</>
                      ) : (
                        <span className="muted">No next step yet</span>
                      )}
                    </div>
                    <div className="small muted" data-testid="contacts-count">
                      {o.contacts.length === 0
                        ? "No contacts"
                        : `${o.contacts.length} contact${o.contacts.length === 1 ? "" : "s"}`}
                    </div>
                    <label className="small">
                      Move to{" "}
                      <select
                        value={o.status}
                        aria-label={`Move ${o.title} to status`}
                        onChange={(e) => void store.setStatus(o.id, e.target.value)}
                      >
                        {OPTION_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {s}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

function AddOption() {
  const [title, setTitle] = useState("");
  const [organisation, setOrganisation] = useState("");
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() === "") return;
    const id = await store.addOption({
      title: title.trim(),
      organisation: organisation.trim() || undefined,
    });
    if (id) {
      setTitle("");
      setOrganisation("");
      window.location.hash = `#/option/${id}`;
    }
  };
  return (
    <form className="add-option" onSubmit={submit} aria-label="Add an option">
      <label>
        Title <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Organisation{" "}
        <input value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </label>
      <button type="submit">Add option</button>
    </form>
  );
}
