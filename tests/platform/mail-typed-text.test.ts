import { describe, expect, it } from "vitest";
import type { CalendarActivity } from "@/lib/activities/calendar";
import {
  activityCancelledMail,
  activityChangedMail,
  alreadySignedUpMail,
  placeMail,
  signupCancelledMail,
  waitingListMail,
} from "@/lib/activities/mails";
import {
  activityCancelledSms,
  activityPausedSms,
  activityChangedSms,
  alreadySignedUpSms,
  placeSms,
  reminderSms,
  signupCancelledSms,
  waitingListSms,
} from "@/lib/activities/sms";
import type { Mail } from "@/lib/platform/mail/outbox";
import { contactFeedbackSms, contactListedSms } from "@/lib/projects/mails";
import type { Sms } from "@/lib/platform/sms/outbox";
import { segments } from "@/lib/platform/sms/segments";

// Issue 12 item 7: a guest's address is confirmed by nobody, so a name typed in the sign-up form
// (60 characters, links allowed) must not end up in a mail to that address.
const SPAM_NAME = "Bevestig binnen 24u: https://evil.example/x en www.evil.example";
const activity: CalendarActivity = {
  id: 1,
  title: "Buurt-BBQ",
  description: "Samen eten.",
  address: "Plein 1, Heerlen",
  wijkName: "De Hei",
  startsAt: new Date("2030-06-15T15:00:00Z"),
  endsAt: new Date("2030-06-15T18:00:00Z"),
  cancelled: false,
};
const to = { email: "guest@test.nl", name: SPAM_NAME, partySize: 2 };
const BASE = "http://test.local";

const mails: [string, Mail][] = [
  ["place", placeMail(activity, to, "token", BASE, false)],
  ["promoted", placeMail(activity, to, "token", BASE, true)],
  ["waiting list", waitingListMail(activity, to, 3, "token", BASE)],
  ["already signed up", alreadySignedUpMail(activity, to, null, "token", BASE)],
  ["cancelled sign-up", signupCancelledMail(activity, to)],
  ["changed activity", activityChangedMail(activity, { ...activity, address: "Elders 2" }, { time: false, place: true }, { ...to, waiting: false }, BASE)],
  ["cancelled activity", activityCancelledMail(activity, to)],
];

describe("mails to an address nobody confirmed", () => {
  it.each(mails)("the %s mail greets no typed name and carries no link but ours", (_, mail) => {
    for (const body of [mail.subject, mail.text, mail.html]) {
      expect(body).not.toContain("Bevestig binnen");
      expect(body).not.toContain("evil.example");
    }
    expect(mail.text).toContain("Beste bewoner,");
    const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
    for (const link of links) expect(link.startsWith(BASE)).toBe(true);
  });
});

describe("text messages to a number nobody confirmed", () => {
  const proof = { token: "token", code: "123456", baseUrl: BASE };
  const phone = "+31612345678";
  const texts: [string, Sms][] = [
    ["place", placeSms(activity, phone, proof, false)],
    ["promoted", placeSms(activity, phone, proof, true)],
    ["waiting list", waitingListSms(activity, phone, 3, proof)],
    ["already signed up", alreadySignedUpSms(activity, phone, null, proof)],
    ["reminder", reminderSms(activity, phone, proof)],
    ["cancelled sign-up", signupCancelledSms(activity, phone)],
    ["changed activity", activityChangedSms({ ...activity, address: "Elders 2" }, { time: false, place: true }, phone)],
    ["cancelled activity", activityCancelledSms(activity, phone)],
    ["paused activity", activityPausedSms(activity, phone, true)],
    ["resumed activity", activityPausedSms(activity, phone, false)],
  ];

  it.each(texts)("the %s message carries no typed text, only our links, in one segment", (_, sms) => {
    // The functions are never given the name or notes; the only text they get is what staff wrote.
    expect(sms.text).not.toContain(SPAM_NAME);
    for (const link of sms.text.match(/https?:\/\/\S+/g) ?? []) expect(link.startsWith(BASE)).toBe(true);
    expect(segments(sms.text)).toBe(1);
  });
});

describe("project news to a number left without an account", () => {
  const project = { id: 3, title: "Speeltuin De Dem: welk toestel komt er?" };
  const listed = contactListedSms("+31612345678", project, "AbCdEfGhIjKlMnOpQrStUv", BASE);
  const news = contactFeedbackSms("+31612345678", project, [{ topic: SPAM_NAME, outcome: "overgenomen", reason: "Komt er." }, { topic: "Bankjes", outcome: "deels", reason: "Twee." }], "AbCdEfGhIjKlMnOpQrStUv", BASE);

  it("carries only our links: the summary counts the points, it does not quote them", () => {
    for (const sms of [listed, news]) {
      expect(sms.text).not.toContain("evil.example");
      for (const link of sms.text.match(/https?:\/\/\S+/g) ?? []) expect(link.startsWith(BASE)).toBe(true);
    }
    expect(news.text).toContain("1 overgenomen, 1 deels overgenomen");
  });

  it("fits one segment for the note that you are on the list, two for the news with its summary and two links", () => {
    expect(segments(listed.text)).toBe(1);
    expect(segments(news.text)).toBeLessThanOrEqual(2);
  });
});
