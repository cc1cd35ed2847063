import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CalendarActivity } from "@/lib/activities/calendar";
import * as accountMails from "@/lib/accounts/mails";
import * as activityMails from "@/lib/activities/mails";
import * as organizerMails from "@/lib/activities/organizer-mails";
import * as effectMails from "@/lib/effect/mails";
import * as fundMails from "@/lib/funds/mails";
import * as signInMails from "@/lib/platform/auth/sign-in-mail";
import * as initiativeMails from "@/lib/initiatives/mails";
import * as meedoenMails from "@/lib/meedoen/messages";
import * as projectMails from "@/lib/projects/mails";
import * as trajectoryMails from "@/lib/trajectories/mails";
import { TRANSITION_NAMES } from "@/lib/initiatives/status";
import type { Mail } from "@/lib/platform/mail/outbox";
import { NOTIFICATION_KINDS } from "@/db/enums";
import { notificationText } from "@/lib/notifications/texts";

const BASE = "https://burgersmaken.test";
const before: CalendarActivity = {
  id: 7,
  title: "Zomer-BBQ",
  description: "Samen eten.",
  address: "Akerstraat 1",
  wijkName: "Hoensbroek",
  startsAt: new Date("2026-07-01T16:00:00Z"),
  endsAt: new Date("2026-07-01T19:00:00Z"),
  cancelled: false,
};
const after = { ...before, address: "Markt 2", startsAt: new Date("2026-07-02T16:00:00Z"), endsAt: new Date("2026-07-02T19:00:00Z") };
const person = { email: "els@test.nl", name: "Els", partySize: 3 };
const idea = { id: 4, title: "Moestuin" };
const place = { id: 5, startsAt: new Date("2026-07-01T08:00:00Z"), wijkName: "De Hei" };

/** Every exported mail builder with one or more example calls: the test below fails when a new builder is missing here. */
const EXAMPLES: Record<string, () => Mail[]> = {
  blockedMail: () => [accountMails.blockedMail("els@test.nl", { name: "Anna", email: "anna@heerlen.test" }), accountMails.blockedMail("els@test.nl", null)],
  placeMail: () => [activityMails.placeMail(before, person, "tok", BASE, false), activityMails.placeMail(before, person, "tok", BASE, true)],
  alreadySignedUpMail: () => [activityMails.alreadySignedUpMail(before, person, null, "tok", BASE), activityMails.alreadySignedUpMail(before, person, 3, "tok", BASE)],
  grantMail: () => [
    fundMails.grantMail("els@test.nl", idea, { amount: 125_050, fundName: "Buurtfonds", conditions: "Bewaar de bonnetjes.", contactName: "Karin", contactEmail: "karin@gemeente.test" }),
  ],
  refusalMail: () => [fundMails.refusalMail("els@test.nl", idea, "Het fonds is op.")],
  requestSentMail: () => [fundMails.requestSentMail("els@test.nl", idea, new Date("2026-07-08T10:00:00Z"))],
  adviceGivenMail: () => [fundMails.adviceGivenMail("els@test.nl", idea, new Date("2026-07-15T10:00:00Z"))],
  paymentMail: () => [
    fundMails.paymentMail("els@test.nl", idea, { amount: 50_000, paid: 50_000, granted: 125_050 }),
    fundMails.paymentMail("els@test.nl", idea, { amount: 75_050, paid: 125_050, granted: 125_050 }),
  ],
  reminderMail: () => [activityMails.reminderMail(before, person, "tok", BASE)],
  waitingListMail: () => [activityMails.waitingListMail(before, person, 2, "tok", BASE)],
  signupCancelledMail: () => [activityMails.signupCancelledMail(before, person)],
  activityChangedMail: () => [
    activityMails.activityChangedMail(before, after, { time: true, place: true }, { ...person, waiting: false }, BASE),
    activityMails.activityChangedMail(before, after, { time: false, place: true }, { ...person, waiting: true }, BASE),
  ],
  activityCancelledMail: () => [activityMails.activityCancelledMail(before, person)],
  activityPausedMail: () => [activityMails.activityPausedMail(before, person, true), activityMails.activityPausedMail(before, person, false)],
  approvalRequestMail: () => [organizerMails.approvalRequestMail("anna@test.nl", before, idea, BASE)],
  activityLiveMail: () => [organizerMails.activityLiveMail("anna@test.nl", before, idea, BASE)],
  organizerDecisionMail: () =>
    (["goedgekeurd", "afgewezen", "gepauzeerd", "hervat"] as const).map((decision) => organizerMails.organizerDecisionMail("els@test.nl", before, decision, decision === "afgewezen" ? "Te groot voor de straat." : "", BASE)),
  organizerMessageMail: () => [organizerMails.organizerMessageMail("els@test.nl", before, "Neem een stoel mee.")],
  transitionMail: () =>
    TRANSITION_NAMES.map((t) => initiativeMails.transitionMail("els@test.nl", idea, t, { note: "Graag meer uitleg.", coachName: "Anna" })),
  coachMail: () => [initiativeMails.coachMail("anna@test.nl", idea)],
  signInMail: () => [signInMails.signInMail("els@test.nl", `${BASE}/api/auth/callback/nodemailer?token=abc`, "012345")],
  takeMail: () =>
    (["taken", "accepted", "declined", "came"] as const).map((outcome) =>
      meedoenMails.takeMail(outcome, place, "els@test.nl", BASE, outcome === "came" ? { certificateLink: `${BASE}/meedoen/bewijs/ABCD-EFGH-JK` } : { dates: 3 }),
    ),
  hostMail: () => (["taken", "withdrawn", "reminder"] as const).map((news) => meedoenMails.hostMail(place, "anna@test.nl", BASE, news)),
  howWasItMail: () => [effectMails.howWasItMail("els@test.nl", "Zomer-BBQ", `${BASE}/vragen/3/link/abc`)],
  monitorMail: () => [
    effectMails.monitorMail("els@test.nl", 2026, "31 oktober 2026", `${BASE}/buurtmonitor`, { page: `${BASE}/afmelden/abc`, headers: { "List-Unsubscribe": `<${BASE}/afmelden/abc/een-klik>` } }),
  ],
  suggestionMail: () => [trajectoryMails.suggestionMail(place, "els@test.nl", BASE)],
  reviewDueMail: () => [trajectoryMails.reviewDueMail("coach@test.nl", BASE)],
  contactListedMail: () => [projectMails.contactListedMail("els@test.nl", { id: 3, title: "Plein opknappen" }, "tok", BASE)],
  contactFeedbackMail: () => [
    projectMails.contactFeedbackMail("els@test.nl", { id: 3, title: "Plein opknappen" }, [{ topic: "Meer groen", outcome: "overgenomen", reason: "Er komen 30 bomen." }, { topic: "Bankjes", outcome: "niet", reason: "Er is geen plek." }], "tok", BASE),
  ],
};

const builders = Object.entries({ ...accountMails, ...activityMails, ...effectMails, ...organizerMails, ...fundMails, ...initiativeMails, ...meedoenMails, ...projectMails, ...signInMails, ...trajectoryMails })
  .filter(([name, value]) => typeof value === "function" && name.endsWith("Mail"))
  .map(([name]) => name);

/** Words that only make sense when the mail shows as HTML with a button. */
const HTML_ONLY = /\b(knop|knoppen|klik\w*|button|druk op)\b/i;

describe("the plain-text version of every mail", () => {
  it("has an example for every mail builder", () => {
    expect(builders.sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  it("knows every file that builds mail", () => {
    const libDir = path.join(process.cwd(), "lib");
    const files = fs
      .readdirSync(libDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && fs.readFileSync(path.join(libDir, file), "utf8").includes("renderMail("));
    expect(files.sort()).toEqual([
      "accounts/mails.ts", "activities/mails.ts", "activities/organizer-mails.ts", "effect/mails.ts", "funds/mails.ts", "initiatives/mails.ts", "meedoen/messages.ts", "notifications/commands/deliver.ts", "notifications/commands/digest.ts", "platform/auth/sign-in-mail.ts", "platform/mail/layout.ts", "projects/mails.ts", "trajectories/mails.ts",
    ]);
  });

  for (const [name, build] of Object.entries(EXAMPLES)) {
    it(`${name}: reads right without HTML`, () => {
      for (const mail of build()) {
        expect(mail.text).not.toMatch(HTML_ONLY);
        expect(mail.text).not.toMatch(/<[a-z!/]/i);
        // "hieronder" points at something that is there in plain text: an address.
        if (/hieronder/.test(mail.text)) expect(mail.text.split(/hieronder/).at(-1)).toMatch(/https?:\/\//);
        // The HTML version still has its button.
        if (/https?:\/\//.test(mail.text)) expect(mail.html).toMatch(/<a href="http/);
      }
    });
  }
});

describe("the sign-in mail", () => {
  it("shows the code beside the link, large in the HTML, and where to type it on another device", () => {
    const mail = signInMails.signInMail("els@test.nl", `${BASE}/api/auth/callback/nodemailer?token=abc`, "012345");
    expect(mail.text).toMatch(/Of typ deze code op de website:\s+012 345\n/);
    expect(mail.text.indexOf("012 345")).toBeGreaterThan(mail.text.indexOf("/api/auth/callback/"));
    expect(mail.text).toContain(`${BASE}/inloggen/code`);
    expect(mail.html).toMatch(/<p style="font-size:32px[^"]*">012 345<\/p>/);
  });
});

describe("the plain text of every notification (at once and in the weekly digest)", () => {
  for (const kind of NOTIFICATION_KINDS) {
    it(`${kind}: reads right without HTML`, () => {
      const { subject, lines } = notificationText(kind, { title: "Moestuin", note: "Ik kan schilderen.", status: "gerealiseerd", when: "1 juli" });
      expect([subject, ...lines].join("\n")).not.toMatch(HTML_ONLY);
    });
  }
});

describe("a request that waits at a place to help, for the buurtwerker (at once or in the digest)", () => {
  it("says how many wait, how long and for which date, in words a host typed nowhere", () => {
    const text = (waiting: number) => {
      const { subject, lines } = notificationText("place_unanswered", meedoenMails.unansweredPayload(place, waiting));
      return [subject, ...lines].join("\n");
    };
    expect(text(1)).toContain("1 bewoner wacht al 5 dagen op antwoord");
    expect(text(2)).toContain("2 bewoners wachten al 5 dagen op antwoord");
    expect(text(2)).toContain(place.wijkName);
    expect(text(2)).not.toMatch(/undefined|null|NaN/);
    expect(text(2)).not.toMatch(HTML_ONLY);
  });
});

describe("project news (a new phase, wat doen we ermee) in plain words", () => {
  const examples = {
    project_phase: { title: "Plein opknappen", phase: "Kiezen", meaning: "U kiest mee.", until: "14 maart 2027", ask: "Kies het speeltoestel." },
    project_feedback: { title: "Plein opknappen", points: "Overgenomen: Meer groen. Er komen 30 bomen.\nNiet: Bankjes. Er is geen plek." },
  } as const;
  for (const [kind, payload] of Object.entries(examples)) {
    it(`${kind}: says what happened, with nothing left unfilled`, () => {
      const { subject, lines } = notificationText(kind as keyof typeof examples, payload);
      const text = [subject, ...lines].join("\n");
      expect(text).toContain("Plein opknappen");
      expect(text).not.toMatch(/undefined|null/);
      expect(text).not.toMatch(HTML_ONLY);
    });
  }
});
