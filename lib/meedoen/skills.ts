/** The short list of skills a host can tick for the "Ik deed mee" certificate, by key. */
export const SKILLS = {
  samenwerken: "Samenwerken",
  "op-tijd": "Op tijd komen",
  afspraken: "Afspraken nakomen",
  koken: "Koken",
  klussen: "Klussen",
  tuinieren: "Tuinieren",
  schoonmaken: "Schoonmaken",
  "mensen-helpen": "Mensen helpen",
} as const;
export type Skill = keyof typeof SKILLS;

export const SKILL_KEYS = Object.keys(SKILLS) as Skill[];

const isSkill = (key: string): key is Skill => key in SKILLS;

/** The stored comma-separated keys, unknown keys left out. */
export const skillKeys = (stored: string): Skill[] => stored.split(",").filter(isSkill);

/** The stored keys as the labels the certificate shows. */
export const skillLabels = (stored: string): string[] => skillKeys(stored).map((key) => SKILLS[key]);
