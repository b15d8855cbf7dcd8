import { describe, expect, it } from "vitest";
import { sentenceContexts } from "./context.js";
import { readPost } from "./post.js";
import { sentencesOf } from "./sentences.js";

/** The context of each sentence of a plain text (our own sentences). */
function contexts(text: string) {
  const post = readPost(text);
  return sentenceContexts(post, sentencesOf(post));
}

describe("sentenceContexts: whose words a sentence is", () => {
  it("reads the author's own sentence in the author's voice", () => {
    const [own] = contexts("I want to start a company of my own.");
    expect(own?.voice).toBe(1);
    expect(own?.pathVoice).toBe(1);
  });

  it("reads someone else's idea for the author as theirs for values, the author's for paths", () => {
    for (const text of [
      "Friends keep telling me to start a company.",
      "My manager suggested I try leading the platform team.",
      "People have been asking me when I'll go independent.",
    ]) {
      const [theirs] = contexts(text);
      expect(theirs?.voice, text).toBe(0.35);
      expect(theirs?.framed, text).toBe(false);
      // The step it names is still one the author weighs.
      expect(theirs?.pathVoice, text).toBe(1);
    }
  });
});
