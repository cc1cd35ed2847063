/** What a resident is told after following or unfollowing an idea (see lib/initiatives/done-notes.ts). */
export const FOLLOW_NOTES = {
  volgen: "U volgt dit idee. U hoort het als er nieuws is.",
  "niet-volgen": "U volgt dit idee niet meer.",
} as const;
