/** What a resident is told after following or unfollowing an idea (see lib/initiatives/done-notes.ts). */
export const FOLLOW_NOTES = {
  // When they will hear is said once, beside it in the panel (it follows their own choice).
  volgen: "Gelukt: u volgt dit idee.",
  "niet-volgen": "U volgt dit idee niet meer.",
} as const;
