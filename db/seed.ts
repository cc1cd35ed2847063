import { desc, eq } from "drizzle-orm";
import type { Db } from "./client";
import type { InitiativeStatus, Role } from "./enums";
import {
  activities,
  activitySeries,
  backings,
  comments,
  initiatives,
  initiativeStatusChanges,
  paperBackings,
  settings,
  signups,
  themes,
  users,
  wijken,
} from "./schema";
import { DEMO_ACTIVITIES, DEMO_INITIATIVES, DEMO_RESIDENTS, DEMO_USERS, bbqDates } from "./demo-content";
import { seedDemoFunds } from "./demo-funds";
import { seedDemoProjects } from "./demo-projects";
import { seedDemoMeedoen } from "./demo-meedoen";
import { seedDemoEffect } from "./demo-effect";
import { seedDemoTrajectories } from "./demo-trajectories";

const DAY = 24 * 60 * 60 * 1000;
const DEMO_MARKER = "demoSeededAt";

// The path through the lifecycle that leads to each status, for a believable history.
const HISTORY: Record<InitiativeStatus, InitiativeStatus[]> = {
  concept: ["concept"],
  ingediend: ["concept", "ingediend"],
  teruggestuurd: ["concept", "ingediend", "teruggestuurd"],
  zoekt_steun: ["concept", "ingediend", "zoekt_steun"],
  in_uitvoering: ["concept", "ingediend", "zoekt_steun", "in_uitvoering"],
  gerealiseerd: ["concept", "ingediend", "zoekt_steun", "in_uitvoering", "gerealiseerd"],
  afgewezen: ["concept", "ingediend", "afgewezen"],
  ingetrokken: ["concept", "ingediend", "zoekt_steun", "ingetrokken"],
};

/**
 * Realistic Dutch demo content with dates relative to `now`. Runs once per database: a second
 * call finds the marker and adds nothing.
 */
export function seedDemoData(db: Db, now: Date = new Date()): boolean {
  return db.transaction(
    (tx) => {
      if (tx.select().from(settings).where(eq(settings.key, DEMO_MARKER)).get()) return false;
      const wijkId = new Map(tx.select().from(wijken).all().map((w) => [w.name, w.id]));
      const themeId = new Map(tx.select().from(themes).all().map((t) => [t.slug, t.id]));
      const idOf = <K,>(map: Map<K, number>, key: K) => {
        const id = map.get(key);
        if (id === undefined) throw new Error(`Unknown reference ${String(key)}`);
        return id;
      };

      const userId = new Map<string, string>();
      for (const person of [...DEMO_USERS, ...DEMO_RESIDENTS]) {
        const inserted = tx
          .insert(users)
          .values({
            email: person.email,
            displayName: person.displayName,
            role: person.role as Role,
            wijkId: person.wijk ? idOf(wijkId, person.wijk) : null,
            emailVerified: now,
            // The demo neighbours have been around for a while (their reports count toward hiding).
            createdAt: new Date(now.getTime() - 90 * DAY),
          })
          .onConflictDoNothing()
          .returning({ id: users.id })
          .get();
        const id = inserted?.id ?? tx.select({ id: users.id }).from(users).where(eq(users.email, person.email)).get()!.id;
        userId.set(person.email, id);
      }
      const coach = userId.get(DEMO_USERS[1].email)!;
      const residents = DEMO_RESIDENTS.map((r) => userId.get(r.email)!);

      const initiativeIds: number[] = [];
      DEMO_INITIATIVES.forEach((item, index) => {
        const createdAt = new Date(now.getTime() - (item.ageDays + 2) * DAY);
        const initiatorId = userId.get(item.initiator)!;
        const steps = HISTORY[item.status];
        const submittedAt = steps.includes("ingediend") ? new Date(createdAt.getTime() + DAY) : null;
        const publishedAt = steps.includes("zoekt_steun") ? new Date(createdAt.getTime() + 3 * DAY) : null;
        const { id } = tx
          .insert(initiatives)
          .values({
            title: item.title,
            pitch: item.pitch,
            description: item.description,
            wijkId: idOf(wijkId, item.wijk),
            themeId: idOf(themeId, item.theme),
            needsHelp: item.needs.includes("help"),
            needsPlace: item.needs.includes("place"),
            needsMaterials: item.needs.includes("materials"),
            needsMoney: item.moneyEuros !== undefined,
            moneyAmountEuros: item.moneyEuros ?? null,
            status: item.status,
            initiatorId,
            coachId: publishedAt ? coach : null,
            submittedAt,
            answerDueAt: submittedAt ? new Date(submittedAt.getTime() + 7 * DAY) : null,
            publishedAt,
            result: item.status === "gerealiseerd" ? item.result ?? null : null,
            createdAt,
            updatedAt: createdAt,
          })
          .returning({ id: initiatives.id })
          .get();
        initiativeIds.push(id);
        steps.forEach((status, step) => {
          tx.insert(initiativeStatusChanges)
            .values({
              initiativeId: id,
              fromStatus: step === 0 ? null : steps[step - 1]!,
              toStatus: status,
              actorId: ["concept", "ingediend", "ingetrokken"].includes(status) ? initiatorId : coach,
              note: status === "teruggestuurd" ? "Kunt u iets meer vertellen over de plek?" : status === "afgewezen" ? "Dit valt buiten Heerlen-Noord." : null,
              createdAt: new Date(createdAt.getTime() + step * DAY),
            })
            .run();
        });
        if (publishedAt) {
          const backers = residents.filter((r) => r !== initiatorId).slice(0, item.backers ?? 0);
          backers.forEach((backer, n) =>
            tx.insert(backings)
              .values({
                initiativeId: id,
                userId: backer,
                helpOffered: n % 3 === 0,
                helpNote: n % 3 === 0 ? "Ik kan op zaterdag helpen." : null,
                createdAt: new Date(publishedAt.getTime() + (n + 1) * 60 * 60 * 1000),
              })
              .run(),
          );
          // The counters the pages show are kept with the rows they count.
          tx.update(initiatives)
            .set({ backingCount: backers.length, helperCount: backers.filter((_, n) => n % 3 === 0).length, paperCount: item.paper ?? 0 })
            .where(eq(initiatives.id, id))
            .run();
          if (item.paper) {
            tx.insert(paperBackings).values({ initiativeId: id, count: item.paper, registeredById: coach, createdAt: publishedAt }).run();
          }
          if (index % 2 === 0) {
            tx.insert(comments)
              .values({ initiativeId: id, authorId: residents[(index + 1) % residents.length]!, body: "Goed plan! Ik doe mee.", createdAt: publishedAt })
              .run();
          }
        }
      });

      seedDemoFunds(tx, now, {
        initiative: (title) => initiativeIds[DEMO_INITIATIVES.findIndex((item) => item.title === title)]!,
        beheerder: userId.get(DEMO_USERS[3].email)!,
        coach,
      });

      const series = tx
        .insert(activitySeries)
        .values({ name: bbqDates(now).seriesName, oneSignupPerEmail: false })
        .returning({ id: activitySeries.id })
        .get();
      for (const activity of DEMO_ACTIVITIES(now)) {
        const { id } = tx
          .insert(activities)
          .values({
            title: activity.title,
            description: activity.description,
            wijkId: idOf(wijkId, activity.wijk),
            address: activity.address,
            startsAt: activity.startsAt,
            endsAt: new Date(activity.startsAt.getTime() + activity.hours * 60 * 60 * 1000),
            places: activity.places,
            maxPartySize: 6,
            signupDeadline: new Date(activity.startsAt.getTime() - DAY),
            seriesId: activity.bbq ? series.id : null,
            initiativeId: activity.initiativeIndex !== undefined ? initiativeIds[activity.initiativeIndex] : null,
            ...(activity.organizer
              ? { organizerId: userId.get(DEMO_INITIATIVES[activity.initiativeIndex!]!.initiator)!, approval: activity.organizer.approval, signupDeadline: activity.startsAt }
              : {}),
            createdById: activity.organizer ? userId.get(DEMO_INITIATIVES[activity.initiativeIndex!]!.initiator)! : coach,
            createdAt: new Date(Math.min(now.getTime(), activity.startsAt.getTime() - 20 * DAY)),
          })
          .returning({ id: activities.id })
          .get();
        const past = activity.startsAt < now;
        /** The n-th demo resident of this activity signs up with their party. */
        const signUp = (n: number, party: number, state: Pick<typeof signups.$inferInsert, "status" | "checkedInAt" | "createdAt">) => {
          const resident = DEMO_RESIDENTS[n % DEMO_RESIDENTS.length]!;
          tx.insert(signups)
            .values({ activityId: id, userId: userId.get(resident.email)!, name: resident.displayName, email: resident.email, partySize: party, ...state })
            .run();
        };
        activity.signups.forEach((party, n) =>
          signUp(n, party, {
            status: "bevestigd",
            // In the past: most came, one stayed away.
            checkedInAt: past && n % 4 !== 3 ? activity.startsAt : null,
            createdAt: new Date(activity.startsAt.getTime() - (10 + n) * DAY),
          }),
        );
        activity.waiting?.forEach((party, n) =>
          signUp(activity.signups.length + n, party, { status: "wachtlijst", createdAt: new Date(activity.startsAt.getTime() - (5 - n) * DAY) }),
        );
        if (past && activity.walkIns) {
          tx.insert(signups)
            .values({ activityId: id, name: "Binnenloper", partySize: activity.walkIns, status: "bevestigd", isWalkIn: true, checkedInAt: activity.startsAt, createdAt: activity.startsAt })
            .run();
        }
      }

      seedDemoProjects(tx, now, {
        wijk: (name) => idOf(wijkId, name),
        beheerder: userId.get(DEMO_USERS[3].email)!,
        team: userId.get(DEMO_USERS[4].email)!,
        meeting: tx.select({ id: activities.id }).from(activities).orderBy(desc(activities.startsAt)).get()!.id,
      });

      seedDemoEffect(tx, now, { wijk: (name) => idOf(wijkId, name), bbqYear: Number(bbqDates(now).seriesName.slice(-4)), coach });

      const people = [...DEMO_USERS, ...DEMO_RESIDENTS];
      seedDemoMeedoen(tx, now, {
        initiative: (title) => initiativeIds[DEMO_INITIATIVES.findIndex((item) => item.title === title)]!,
        activity: (title) => tx.select({ id: activities.id }).from(activities).where(eq(activities.title, title)).get()!.id,
        user: (email) => ({ id: userId.get(email)!, name: people.find((person) => person.email === email)!.displayName }),
        wijk: (name) => idOf(wijkId, name),
      });

      const resident = (email: string) => userId.get(email)!;
      seedDemoTrajectories(tx, now, {
        coach: { id: userId.get(DEMO_USERS[5].email)!, name: DEMO_USERS[5].displayName },
        clients: [resident("sandra@demo.example.org"), resident("lotte@demo.example.org"), resident("kevin@demo.example.org")],
      });

      tx.insert(settings).values({ key: DEMO_MARKER, value: now.toISOString() }).run();
      return true;
    },
    { behavior: "immediate" },
  );
}
