/**
 * Child process of the durability test: writes real backings and sign-ups through the real
 * commands, as fast as it can, until it is killed. Each write is acknowledged on stdout only after
 * its transaction returned (stdout to a pipe is synchronous on Linux: a line written is a line
 * the parent gets, even after SIGKILL). Imports only modules without `server-only`.
 */
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { signUp } from "@/lib/activities/commands/signups";
import { backInitiative } from "@/lib/initiatives/commands/backing";

const [file, initiativeId, activityId, run] = process.argv.slice(2) as [string, string, string, string];
const db = openDatabase(file);
process.stdout.write("ready\n");

for (let n = 0; ; n++) {
  if (n % 2 === 0) {
    const userId = db.insert(users).values({ email: `backer-${run}-${n}@kill.test`, displayName: "Buur" }).returning({ id: users.id }).get().id;
    backInitiative(db, { userId, initiativeId: Number(initiativeId) });
    process.stdout.write(`backing ${userId}\n`);
  } else {
    const email = `guest-${run}-${n}@kill.test`;
    const outcome = signUp(db, {
      activityId: Number(activityId),
      userId: null,
      name: "Gast",
      email,
      phone: "",
      notes: "",
      partySize: 1,
      consent: "ja",
      baseUrl: "http://test.local",
    });
    process.stdout.write(`signup ${outcome.signupId} ${email}\n`);
  }
}
