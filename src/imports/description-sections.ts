// SPDX-License-Identifier: EUPL-1.2

/** The registration's plain-language sections besides "what is it". */
export interface DerivedSections {
  goal: string;
  deliverables: string;
  approach: string;
  milestones: string;
}

// Cue words per section, tried in this order; a sentence goes to the first section it fits.
const cues: readonly [keyof DerivedSections, RegExp][] = [
  ['milestones', /\b(?:19|20)\d{2}\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|kwartaal|mijlpaal|mijlpalen)\b/i],
  ['goal', /\b(?:doel|doelen|doelstelling|willen|wil|zodat|streven|beogen|bedoeling)\b/i],
  ['deliverables', /\b(?:oplever\w*|levert|resultaat|resultaten|handreiking|rapport|dashboard|werkwijze|product)\b/i],
  ['approach', /\b(?:aanpak|samen met|we werken|werken we|we gaan|door middel van|in fasen|in stappen|stap voor stap|methode)\b/i],
];

/** Splits text into sentences at ., ! or ? followed by a space and a capital or digit. */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z0-9À-Ý'‘"])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * An import has one free-text description, stored whole as "what is it". The other sections are filled with the
 * description's own sentences that speak about them (a year or month → milestones; "doel", "zodat" → goal; …),
 * so nothing is invented. A section without such sentences stays empty, except the goal, which falls back to
 * the summary (it says what the pilot is for). Empty sections are for the initiator to complete when editing.
 */
export function deriveSections(description: string, summary: string): DerivedSections {
  const derived: Record<keyof DerivedSections, string[]> = { goal: [], deliverables: [], approach: [], milestones: [] };
  for (const sentence of sentences(description)) {
    const match = cues.find(([, pattern]) => pattern.test(sentence));
    if (match) derived[match[0]].push(sentence);
  }
  return {
    goal: derived.goal.join(' ') || summary,
    deliverables: derived.deliverables.join(' '),
    approach: derived.approach.join(' '),
    milestones: derived.milestones.join(' '),
  };
}
