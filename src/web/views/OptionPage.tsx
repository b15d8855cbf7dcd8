import { type FormEvent, useEffect, useRef, useState } from "react";
import type { Rating } from "../../core/model/option.js";
import type { Criterion } from "../../core/model/profile.js";
import { describeFact, FACT_LABELS } from "../../core/roles/describe.js";
import type { OptionView } from "../../server/workspace-view.js";
import { useBodyDraft } from "../body-draft.js";
import { showRating } from "../format.js";
import { sameValue } from "../merge.js";
import { type StoreState, store } from "../store.js";
import { OptionMoney } from "./Money.js";
import { PostingText, RoleSummary } from "./RoleSection.js";

/**
 * One option: its details (title, organisation, next step, contacts) and ratings (with an
 * "unsure" interval), all editable; facts and text.
 */
export function OptionPage({ state, id }: { state: StoreState; id: string }) {
  const option = state.view?.options.find((o) => o.id === id);
  const criteria = state.profile?.criteria ?? [];
  if (!option) return <p>No option “{id}”.</p>;
  const ranked = state.derived?.ranking.alternatives.find((a) => a.id === id);
  return (
    <article aria-labelledby="option-title">
      <h1 id="option-title">{option.title}</h1>
      <p className="muted">
        {[option.organisation, option.path, option.status].filter(Boolean).join(" · ")}
        {ranked && ` · rank ${ranked.rank}, score ${ranked.score.toFixed(3)}`}
      </p>
      <Details key={option.id} option={option} />
      <RoleSummary profile={state.profile} option={option} />
      <h2>Ratings</h2>
      <table className="ratings">
        <tbody>
          {criteria.map((criterion) => (
            <RatingRow
              key={`${option.id}-${criterion.id}`}
              option={option}
              criterion={criterion}
              counted={ranked?.contributions.find((c) => c.criterion === criterion.id)?.rating}
            />
          ))}
        </tbody>
      </table>
      <OptionMoney state={state} option={option} />
      <Facts option={option} />
      <h2>Description and notes</h2>
      <BodyEditor key={option.id} option={option} />
      <PostingText
        profile={state.profile}
        option={option}
        fallback={<MarkdownText text={option.body} />}
      />
    </article>
  );
}

/**
 * The option's job description and notes as an editable text (Markdown), saved on request;
 * says when what is typed is not saved yet. A new version from disk replaces the text only
 * while nothing typed differs from the text as last read.
 */
function BodyEditor({ option }: { option: OptionView }) {
  const [text, setText, dirty] = useBodyDraft(option.body);
  // Open at once on a new option, whose body is still empty or `option add`'s template.
  const [open, setOpen] = useState(
    option.body.trim() === "" || option.body.includes("Paste the job description here."),
  );
  const save = (e: FormEvent) => {
    e.preventDefault();
    void store.setOptionBody(option.id, text);
  };
  if (!open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>
          Edit the description and notes
        </button>
      </p>
    );
  }
  return (
    <form className="body-editor" onSubmit={save} data-testid="body-editor">
      <label htmlFor={`body-${option.id}`} className="small">
        Paste the job description and write your notes (Markdown). bearing reads the duties, facts
        and role fit from it when you save.
      </label>
      <textarea
        id={`body-${option.id}`}
        value={text}
        rows={Math.min(24, Math.max(8, text.split("\n").length + 2))}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="inline">
        <button type="submit" disabled={!dirty}>
          Save text
        </button>
        {dirty && (
          <span className="unsaved-mark small" role="status">
            not saved yet
          </span>
        )}
      </div>
    </form>
  );
}

const CONTACT_FIELDS = ["name", "role", "relation", "lastContact", "notes"] as const;
type ContactForm = Record<(typeof CONTACT_FIELDS)[number], string>;

interface DetailsForm {
  title: string;
  organisation: string;
  nextStep: string;
  contacts: ContactForm[];
}

function formOf(option: OptionView): DetailsForm {
  return {
    title: option.title,
    organisation: option.organisation ?? "",
    nextStep: option.nextStep ?? "",
    contacts: option.contacts.map((c) => ({
      name: c.name,
      role: c.role ?? "",
      relation: c.relation ?? "",
      lastContact: c.lastContact ?? "",
      notes: c.notes ?? "",
    })),
  };
}

/** The form as front-matter values: empty text is no value (the field is removed). */
function valuesOf(
  form: DetailsForm,
): Record<"title" | "organisation" | "nextStep" | "contacts", unknown> {
  const contacts = form.contacts.map((c) =>
    Object.fromEntries(
      CONTACT_FIELDS.flatMap((key) => (c[key].trim() === "" ? [] : [[key, c[key].trim()]])),
    ),
  );
  return {
    title: form.title.trim(),
    organisation: form.organisation.trim() || null,
    nextStep: form.nextStep.trim() || null,
    contacts: contacts.length > 0 ? contacts : null,
  };
}

/**
 * Title, organisation, next step and contacts, saved together as field-level changes. What
 * the user typed stays until saved: a change of the file on disk refreshes the form only
 * while it holds nothing of the user's.
 */
function Details({ option }: { option: OptionView }) {
  const [form, setForm] = useState(() => formOf(option));
  const shown = useRef(option);
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (shown.current === option) return;
    const untouched = sameValue(valuesOf(form), valuesOf(formOf(shown.current)));
    shown.current = option;
    if (untouched) setForm(formOf(option));
  }, [option, form]);
  useEffect(() => {
    if (added > 0) document.getElementById(`contact-${added - 1}-name`)?.focus();
  }, [added]);
  const current = valuesOf(formOf(option));
  const wanted = valuesOf(form);
  const changes = (Object.keys(wanted) as (keyof typeof wanted)[])
    .filter((field) => !sameValue(wanted[field], current[field]))
    .map((field) => ({ field, value: wanted[field] }));
  const setContact = (index: number, key: keyof ContactForm, value: string) =>
    setForm({
      ...form,
      contacts: form.contacts.map((c, i) => (i === index ? { ...c, [key]: value } : c)),
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (changes.length > 0) void store.editOption(option.id, changes);
  };
  return (
    <form className="details" onSubmit={submit} aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <div className="details-fields">
        <label>
          Title{" "}
          <input
            value={form.title}
            required
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
        </label>
        <label>
          Organisation{" "}
          <input
            value={form.organisation}
            onChange={(e) => setForm({ ...form, organisation: e.target.value })}
          />
        </label>
        <label className="wide">
          Next step{" "}
          <input
            value={form.nextStep}
            onChange={(e) => setForm({ ...form, nextStep: e.target.value })}
          />
        </label>
      </div>
      <h3>Contacts</h3>
      {form.contacts.length === 0 && <p className="muted small">No contacts yet.</p>}
      {form.contacts.map((contact, index) => (
        <fieldset
          // Rows have no identity of their own; the index is stable while the form is open.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          className="contact"
          data-testid="contact"
        >
          <legend>{contact.name.trim() || `Contact ${index + 1}`}</legend>
          {CONTACT_FIELDS.map((key) => (
            <label key={key}>
              {CONTACT_LABELS[key]}{" "}
              <input
                id={`contact-${index}-${key}`}
                type={key === "lastContact" ? "date" : "text"}
                value={contact[key]}
                required={key === "name"}
                onChange={(e) => setContact(index, key, e.target.value)}
              />
            </label>
          ))}
          <button
            type="button"
            onClick={() =>
              setForm({ ...form, contacts: form.contacts.filter((_, i) => i !== index) })
            }
          >
            Remove {contact.name.trim() || `contact ${index + 1}`}
          </button>
        </fieldset>
      ))}
      <div className="inline">
        <button
          type="button"
          onClick={() => {
            setForm({
              ...form,
              contacts: [
                ...form.contacts,
                { name: "", role: "", relation: "", lastContact: "", notes: "" },
              ],
            });
            setAdded(form.contacts.length + 1);
          }}
        >
          Add contact
        </button>
        <button type="submit" disabled={changes.length === 0}>
          Save details
        </button>
        {changes.length > 0 && (
          <span className="small muted" role="status">
            Not saved yet: {changes.map((c) => FIELD_LABELS[c.field]).join(", ")}
          </span>
        )}
      </div>
    </form>
  );
}

const CONTACT_LABELS: Record<keyof ContactForm, string> = {
  name: "Name",
  role: "Role",
  relation: "Relation",
  lastContact: "Last contact",
  notes: "Notes",
};

const FIELD_LABELS: Record<string, string> = {
  title: "title",
  organisation: "organisation",
  nextStep: "next step",
  contacts: "contacts",
};

interface RatingForm {
  unsure: boolean;
  low: string;
  high: string;
}

function ratingForm(rating: Rating): RatingForm {
  return {
    unsure: Array.isArray(rating),
    low: rating === null ? "" : String(Array.isArray(rating) ? rating[0] : rating),
    high: Array.isArray(rating) ? String(rating[1]) : "",
  };
}

/**
 * One rating's inputs. What the user typed stays while other saves land; a new rating from
 * the file replaces the inputs only while they hold nothing of the user's.
 */
function RatingRow({
  option,
  criterion,
  counted,
}: {
  option: OptionView;
  criterion: Criterion;
  /** The rating the ranking uses: differs from the file's when derived (pay, role fit). */
  counted?: Rating | undefined;
}) {
  const rating: Rating = option.ratings[criterion.id] ?? null;
  const [form, setForm] = useState(() => ratingForm(rating));
  const shown = useRef(rating);
  useEffect(() => {
    if (sameValue(shown.current, rating)) return;
    const untouched = sameValue(form, ratingForm(shown.current));
    shown.current = rating;
    if (untouched) setForm(ratingForm(rating));
  }, [rating, form]);
  const { unsure, low, high } = form;
  const setUnsure = (value: boolean) => setForm({ ...form, unsure: value });
  const setLow = (value: string) => setForm({ ...form, low: value });
  const setHigh = (value: string) => setForm({ ...form, high: value });
  const scale = criterion.scale;
  const save = () => {
    const a = low.trim() === "" ? null : Number(low);
    const b = high.trim() === "" ? null : Number(high);
    const value = a === null ? null : unsure && b !== null ? [Math.min(a, b), Math.max(a, b)] : a;
    void store.editOption(option.id, [{ field: `ratings.${criterion.id}`, value }]);
  };
  const bounds = { min: scale.min, max: scale.max, step: scale.kind === "rating" ? 1 : "any" };
  // Typed but not saved: the row says so until Save (or the file catching up) settles it.
  const dirty = !sameValue(form, ratingForm(rating));
  return (
    <tr
      data-testid="rating-row"
      data-criterion={criterion.id}
      data-unsaved={dirty ? "true" : undefined}
      className={dirty ? "unsaved" : undefined}
    >
      <th scope="row">
        {criterion.name}
        <div className="muted small">
          now: {showRating(rating)}
          {rating === null && counted !== undefined && counted !== null && (
            <span data-testid="counted-rating">
              {" "}
              · counts as {showRating(counted)} (
              {criterion.derived === "totalCompensation" ? "from its pay" : "from its posting"})
            </span>
          )}
        </div>
      </th>
      <td>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input
            type="number"
            {...bounds}
            value={low}
            aria-label={`${unsure ? "Lowest" : "Rating"} for ${criterion.name}`}
            onChange={(e) => setLow(e.target.value)}
          />
          {unsure && (
            <input
              type="number"
              {...bounds}
              value={high}
              aria-label={`Highest for ${criterion.name}`}
              onChange={(e) => setHigh(e.target.value)}
            />
          )}
          <label className="small">
            <input type="checkbox" checked={unsure} onChange={(e) => setUnsure(e.target.checked)} />{" "}
            unsure
          </label>
          <button type="submit" aria-label={`Save rating for ${criterion.name}`}>
            Save
          </button>
          {dirty && (
            <span className="unsaved-mark small" role="status">
              not saved yet
            </span>
          )}
        </form>
      </td>
    </tr>
  );
}

function Facts({ option }: { option: OptionView }) {
  const rows: [string, string][] = [];
  const facts = option.facts ?? {};
  for (const field of ["reportsTo", "workMode", "handsOn", "teamSize", "compensation"] as const) {
    if (facts[field]) rows.push([FACT_LABELS[field], describeFact(field, facts[field])]);
  }
  const company = option.company ?? {};
  if (company.headcount) rows.push(["Headcount", String(company.headcount)]);
  if (company.stage) rows.push(["Stage", company.stage]);
  if (company.funding) rows.push(["Funding", company.funding]);
  if (company.runwayMonths !== undefined) rows.push(["Runway", `${company.runwayMonths} months`]);
  if (rows.length === 0) return null;
  return (
    <>
      <h2>Facts</h2>
      <dl className="facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Headings, bullets and paragraphs of Markdown as plain text (no HTML is ever injected). */
export function MarkdownText({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim() !== "");
  return (
    <div className="prose">
      {blocks.map((block, i) => {
        const key = `${i}-${block.slice(0, 12)}`;
        // An HTML comment is a note to the writer (the prompts `bearing journal add` leaves):
        // shown as a quiet prompt, never as markup or as raw "<!--" text.
        const comment = /^\s*<!--([\s\S]*?)-->\s*$/.exec(block);
        if (comment) {
          const prompt = comment[1]?.trim() ?? "";
          return prompt ? (
            <p key={key} className="prompt muted">
              {prompt}
            </p>
          ) : null;
        }
        block = block.replace(/<!--[\s\S]*?-->/g, "");
        const heading = /^(#{1,6})\s+(.*)$/.exec(block.trim());
        if (heading) return <h3 key={key}>{heading[2]?.replaceAll("*", "")}</h3>;
        const lines = block.split("\n");
        if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
          return (
            <ul key={key}>
              {lines.map((l) => (
                <li key={l}>{l.replace(/^\s*[-*]\s+/, "").replaceAll("**", "")}</li>
              ))}
            </ul>
          );
        }
        return <p key={key}>{block.replaceAll("**", "")}</p>;
      })}
    </div>
  );
}
