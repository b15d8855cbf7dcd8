import { useEffect, useRef, useState } from "react";

/**
 * A text the user edits on the page that follows the file while it is not edited: when the
 * file's text changes (an editor, another tab), an untouched draft takes the new text and an
 * edited one is kept. Both sides are compared trimmed.
 * @returns the draft, its setter, and whether it differs from the file's text
 */
export function useBodyDraft(body: string): [string, (text: string) => void, boolean] {
  const [text, setText] = useState(body.trim());
  const shown = useRef(body.trim());
  useEffect(() => {
    const fresh = body.trim();
    if (fresh === shown.current) return;
    if (text === shown.current) setText(fresh);
    shown.current = fresh;
  }, [body, text]);
  return [text, setText, text !== body.trim()];
}
