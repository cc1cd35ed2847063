/** `npm run data:cleanup`: removes guests' personal data after the retention period now. The server also does this daily by itself (lib/jobs). */
import { closeDb, getDb } from "../db/client";
import { cleanupPersonalDataInBatches } from "../lib/privacy/commands/retention";

void cleanupPersonalDataInBatches(getDb()).then((report) => {
  closeDb();
  console.log(
    `Bewaartermijn: ${report.retentionMonths} maanden (activiteiten die eindigden voor ${report.cutoff.toISOString()}).\n` +
      `Aanmeldingen van gasten zonder naam en adres gemaakt: ${report.signupsAnonymised}.\n` +
      `Verstuurde mails weggehaald: ${report.mailsRemoved}.\n` +
      `Verstuurde sms-berichten weggehaald: ${report.textsRemoved}.\n` +
      `Verlopen inlogcodes weggehaald: ${report.signInCodesRemoved}.\n` +
      `Meehelpen met alleen een nummer: naam en nummer weggehaald bij ${report.helpTakesWiped}.`,
  );
});
