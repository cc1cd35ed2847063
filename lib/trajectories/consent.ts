// The consent text lives in db/ so that the demo data stores the very same words (db/ imports nothing from lib/).
export { CONSENT_TEXT } from "@/db/consent";
