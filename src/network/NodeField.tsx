// A node chosen by name: a text field with the map's node ids as suggestions (one shared list, so a 300-node map
// does not put 300 options into every field). An id that is not on the map is shown as a problem, not used.
import { memo, useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  value: string;
  listId: string;
  known: ReadonlySet<string>;
  unknownText: string;
  onChange: (id: string) => void;
}

export const NodeField = memo(function NodeField({ label, value, listId, known, unknownText, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const isUnknown = draft !== '' && !known.has(draft);
  return (
    <span className="network-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={listId}
        value={draft}
        autoComplete="off"
        spellCheck={false}
        size={9}
        aria-invalid={isUnknown}
        aria-describedby={isUnknown ? `${id}-err` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (known.has(e.target.value)) onChange(e.target.value);
        }}
      />
      {isUnknown && (
        <span id={`${id}-err`} className="network-field-error">
          {unknownText}
        </span>
      )}
    </span>
  );
});

/** The one list of node ids the fields suggest from. */
export const NodeList = memo(function NodeList({ id, ids }: { id: string; ids: readonly string[] }) {
  return (
    <datalist id={id}>
      {ids.map((n) => (
        <option key={n} value={n} />
      ))}
    </datalist>
  );
});
